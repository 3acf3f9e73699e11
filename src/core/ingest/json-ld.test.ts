import { describe, expect, it } from 'vitest';
import { readJsonLd } from './json-ld';

describe('readJsonLd', () => {
  it('reads the article node and follows the publisher reference through @graph', () => {
    const block = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'NewsMediaOrganization',
          '@id': 'https://alpinewire.example/#org',
          name: 'Alpine Science Wire',
        },
        {
          '@type': ['NewsArticle'],
          headline: 'Glacier retreat measured from orbit',
          datePublished: '2022-10-05T08:00:00+02:00',
          publisher: { '@id': 'https://alpinewire.example/#org' },
          author: [{ '@type': 'Person', name: 'Lea Maurer' }],
        },
      ],
    });
    expect(readJsonLd([block])).toEqual({
      publisher: 'Alpine Science Wire',
      datePublished: '2022-10-05T08:00:00+02:00',
      headline: 'Glacier retreat measured from orbit',
      author: 'Lea Maurer',
    });
  });

  it('skips broken blocks and falls back to the site node for the publisher', () => {
    const site = JSON.stringify({ '@type': 'WebSite', name: 'Marsh Valley Courier' });
    expect(readJsonLd(['{"@type": "NewsArticle",', site])).toEqual({
      publisher: 'Marsh Valley Courier',
      datePublished: null,
      headline: null,
      author: null,
    });
  });
});

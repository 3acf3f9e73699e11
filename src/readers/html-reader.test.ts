import { describe, expect, it } from 'vitest';
import { readHtml } from './html-reader';

const story = [
  'The water board said on Monday that the new reservoir will hold enough water for 40,000 homes.',
  'Construction began three years ago and cost more than the original estimate, the board said.',
  'Engineers will fill the reservoir slowly over the summer to test the dam walls and the spillway.',
  'Residents downstream were told there is no risk of flooding during the filling period this year.',
];

describe('readHtml', () => {
  it('reads metadata from meta tags, <time> and the canonical link', () => {
    const html = `<html><head><title>Ignored | Site</title>
      <meta property="og:title" content="Reservoir ready">
      <meta property="og:site_name" content="Lake Herald">
      <meta name="author" content="Press Trust of India">
      <link rel="canonical" href="https://example.org/reservoir"></head>
      <body><article><time datetime="2025-07-04">July 4</time>${story.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(readHtml(html)).toMatchObject({
      title: 'Reservoir ready',
      siteName: 'Lake Herald',
      byline: 'Press Trust of India',
      publishedTime: '2025-07-04',
      url: 'https://example.org/reservoir',
    });
    expect(readHtml(html)?.paragraphs).toEqual(expect.arrayContaining(story));
  });

  it('never returns script, style or noscript text and ignores javascript: URLs', () => {
    const html = `<html><head><script>var secret = 1;</script><style>p{}</style>
      <meta property="og:url" content="javascript:alert(1)"></head><body>
      <p onclick="steal()">${story[0]}</p><script>document.write("x")</script><noscript>Turn on JS</noscript>
      <p><a href="javascript:alert(2)">Board notice</a></p></body></html>`;
    const out = readHtml(html)!;
    const text = out.paragraphs.join('\n');
    expect(text).toContain(story[0]);
    expect(text).not.toMatch(/secret|document\.write|Turn on JS|p\{\}/);
    expect(out.url).toBeNull();
  });

  it('falls back to body text blocks for a fragment Readability rejects', () => {
    const out = readHtml('<div>Short note.</div><ul><li>First item</li><li>Second item</li></ul>');
    expect(out?.paragraphs).toEqual(['Short note.', 'First item', 'Second item']);
  });

  it('returns null when the page has no text at all', () => {
    expect(readHtml('<html><body><script>x()</script></body></html>')).toBeNull();
  });
});

describe('readHtml on deeply nested pages (issue #20, cases 6 and 9)', () => {
  it('reads 50,000 nested divs (which overflowed the stack) and keeps their text', () => {
    const html = `<html><body>${'<div>'.repeat(50_000)}<p>${story[0]}</p><p>${story[1]}</p>${'</div>'.repeat(50_000)}</body></html>`;
    expect(readHtml(html)?.paragraphs).toEqual([story[0], story[1]]);
  });
});

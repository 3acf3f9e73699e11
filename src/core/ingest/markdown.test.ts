import { describe, expect, it } from 'vitest';
import { parseMarkdown, stripInlineMarkdown } from './markdown';

describe('stripInlineMarkdown', () => {
  it('keeps link text, drops images and emphasis marks', () => {
    expect(
      stripInlineMarkdown('See ![map](m.png)the **new** [route map](https://x.org) and `B12` _now_'),
    ).toBe('See the new route map and B12 now');
  });

  it('leaves snake_case words and lone asterisks alone', () => {
    expect(stripInlineMarkdown('The file_name field costs 2 * 3 dollars')).toBe(
      'The file_name field costs 2 * 3 dollars',
    );
  });
});

describe('parseMarkdown', () => {
  it('reads front matter and uses the first # heading as title when front matter has none', () => {
    const doc = parseMarkdown(
      '---\ndate: 2025-02-01\nsource: "Hill Post"\n---\n# Snow closes pass\n\nThe pass closed at noon.\n',
    );
    expect(doc.meta).toMatchObject({ title: 'Snow closes pass', date: '2025-02-01', source: 'Hill Post' });
    expect(doc.units).toEqual([{ text: 'The pass closed at noon.' }]);
  });

  it('joins soft-wrapped lines, splits list items and keeps code verbatim', () => {
    const doc = parseMarkdown(
      'Crews worked\nall night.\n\n1. Clear the road\n2. Salt it\n\n```\nlow: -8 C\n```\n',
    );
    expect(doc.units).toEqual([
      { text: 'Crews worked all night.' },
      { text: 'Clear the road' },
      { text: 'Salt it' },
      { text: 'low: -8 C', verbatim: true },
    ]);
  });

  it('reads a setext heading as the title', () => {
    expect(parseMarkdown('Pass reopens\n============\n\nTraffic moves again.').meta.title).toBe(
      'Pass reopens',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './paragraphs';

describe('splitParagraphs', () => {
  it('returns spans whose text is each paragraph, offsets into the original', () => {
    const text = 'First line.\nStill first.\n\n  Second.  \n\n\n\nThird.';
    const spans = splitParagraphs(text);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual([
      'First line.\nStill first.',
      'Second.',
      'Third.',
    ]);
  });

  it('gives nothing for blank text', () => {
    expect(splitParagraphs(' \n\n \n')).toEqual([]);
  });
});

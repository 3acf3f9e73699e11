import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

function sentencesOf(text: string): string[] {
  return splitSentences(text).map(([s, e]) => text.slice(s, e));
}

describe('splitSentences', () => {
  it('keeps abbreviations, titles and initials inside the sentence', () => {
    expect(
      sentencesOf(
        'Dr. Lena Ortiz met Mr. J. K. Harlow in the U.S. on Jan. 5. They talked at No. 10 Park Road.',
      ),
    ).toEqual([
      'Dr. Lena Ortiz met Mr. J. K. Harlow in the U.S. on Jan. 5.',
      'They talked at No. 10 Park Road.',
    ]);
  });

  it('ends a sentence after a dotted acronym when a sentence opener follows', () => {
    expect(sentencesOf('The envoy flew to the U.S. The talks began.')).toEqual([
      'The envoy flew to the U.S.',
      'The talks began.',
    ]);
  });

  it('keeps a closing quote with its sentence, and decimals, dates and ellipses intact', () => {
    expect(sentencesOf('"We will act." The 26/11 case rose 2.5 percent... Then it fell? Yes! Done')).toEqual([
      '"We will act."',
      'The 26/11 case rose 2.5 percent...',
      'Then it fell?',
      'Yes!',
      'Done',
    ]);
  });

  it('never crosses a line or paragraph break, and returns offsets into the text', () => {
    const text = 'Storm hits coast\nThe port closed on Monday\n\n  Ships waited. ';
    expect(sentencesOf(text)).toEqual(['Storm hits coast', 'The port closed on Monday', 'Ships waited.']);
    expect(splitSentences(text)[2]).toEqual([46, 59]);
  });
});

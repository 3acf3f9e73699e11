import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDigit, isLetter, isSpace, splitsIntoAtLeast, startsWithLetter } from './chars';

describe('character tests', () => {
  it('answer as their regexes do for every UTF-16 code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isSpace(ch) !== /\s/.test(ch)) wrong.push(`isSpace ${c}`);
      if (isDigit(ch) !== /\d/.test(ch)) wrong.push(`isDigit ${c}`);
      if (isLetter(ch) !== /\p{L}/u.test(ch)) wrong.push(`isLetter ${c}`);
    }
    expect(wrong).toEqual([]);
  });

  it('are false past the end of the text', () => {
    expect([isSpace(undefined), isDigit(undefined), isLetter(undefined)]).toEqual([false, false, false]);
  });

  it('tell a string starting with a letter as /^\\p{L}/u does, letters outside the BMP included', () => {
    for (const s of ['', 'a', 'Z1', '1a', ' a', 'é', '𝐀bc', '😀', '\uD835', 'ǅ', '_x']) {
      expect(startsWithLetter(s)).toBe(/^\p{L}/u.test(s));
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3 }), (s) => {
        expect(startsWithLetter(s)).toBe(/^\p{L}/u.test(s));
      }),
      { numRuns: 500 },
    );
  });

  it('tell whether a split at whitespace runs has at least n pieces as split(/\\s+/) does', () => {
    const piece = fc.constantFrom('a', 'word', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', '.', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.integer({ min: 0, max: 8 }), (pieces, n) => {
        const s = pieces.join('');
        expect(splitsIntoAtLeast(s, n)).toBe(s.split(/\s+/).length >= n);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';
import { newsText } from './test-texts';
import { isCapitalised, tokenize, TOKEN_RE } from './tokens';

describe('isCapitalised', () => {
  it('tells capitalised words as /^(?:(?:pro|anti)-)?\\p{Lu}/u does', () => {
    const words = [
      'Lal',
      'lal',
      'pro-Russian',
      'pro-russian',
      'anti-Government',
      'anti',
      'pro',
      'Élan',
      'élan',
    ];
    const pieces = fc.constantFrom('pro-', 'anti-', 'a', 'p', 'P', 'É', 'é', '𝐀', '-', '1', ' ', 'ǅ', 'x');
    const word = fc.array(pieces, { maxLength: 4 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...words), word, fc.string({ maxLength: 4 })), (w) => {
        expect(isCapitalised(w)).toBe(/^(?:(?:pro|anti)-)?\p{Lu}/u.test(w));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('tokenize', () => {
  it("finds each sentence's tokens as a global search of the token pattern in the sentence does", () => {
    const odd = fc.constantFrom(
      'J. K.',
      'U.S. The',
      '𝐀lpha',
      'e\u0301t\u00e9',
      '\u00a0',
      '\t',
      '😀',
      '\uD835',
      "O'Brien's",
      'x’s',
    );
    const text = fc.array(fc.oneof(newsText, odd), { maxLength: 6 }).map((p) => p.join(' '));
    fc.assert(
      fc.property(text, (t) => {
        const sentences = splitSentences(t);
        const expected = sentences.flatMap(([s, e]) =>
          [...t.slice(s, e).matchAll(new RegExp(TOKEN_RE.source, 'gu'))].map((m) => [s + m.index, m[0]]),
        );
        expect(tokenize(t, sentences).map((k) => [k.start, k.text])).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('weak capitals', () => {
  const weakWords = (text: string) =>
    tokenize(text, splitSentences(text))
      .filter((t) => t.weak)
      .map((t) => t.text);

  it('takes the word after a wire dateline for a sentence start, and no word after a dash elsewhere', () => {
    expect(weakWords('CAIRO, March 5 (Nile Press) — The Arab League met on Sunday.')).toEqual([
      'CAIRO',
      'The',
    ]);
    expect(weakWords('QUITO (EFE) - Rescue teams reached Baños.')).toEqual(['QUITO', 'Rescue']);
    expect(weakWords('Fuel prices rose again - The Times said so.')).toEqual(['Fuel']);
  });
});

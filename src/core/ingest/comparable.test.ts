import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparableKeys, toComparable } from './comparable';

describe('toComparable', () => {
  it('keeps lower-cased letters and digits, one space between runs', () => {
    expect(toComparable('  The Port’s 3 ships — "cleared."  ')).toBe('the port s 3 ships cleared');
    expect(toComparable('...')).toBe('');
  });
});

describe('comparableKeys', () => {
  it('gives each sentence its comparable form and the unit the form of the whole text', () => {
    const keys = comparableKeys('Ships were held. "Why?" the mayor asked… Nobody knew!');
    expect(keys.sentenceKeys).toEqual(['ships were held', 'why', 'the mayor asked', 'nobody knew']);
    expect(keys.key).toBe('ships were held why the mayor asked nobody knew');
  });

  it('treats a single sentence as its own only sentence', () => {
    expect(comparableKeys('Harbour board clears terminal')).toEqual({
      key: 'harbour board clears terminal',
      sentenceKeys: ['harbour board clears terminal'],
    });
  });

  it('keeps sentences without letters and leaves them out of the unit key', () => {
    const keys = comparableKeys('It ended. ... Then it began.');
    expect(keys.sentenceKeys).toEqual(['it ended', '', 'then it began']);
    expect(keys.key).toBe('it ended then it began');
  });

  it('lower-cases a Greek sigma by its context in the whole text, even across U+FEFF', () => {
    // "ΟΔΟΣ." alone ends in a final sigma; followed by U+FEFF and a letter it does not.
    const text = 'ΟΔΟΣ.\uFEFFΑΘΗΝΑ ΚΑΙ ΠΟΛΙΣ.';
    expect(comparableKeys(text).key).toBe(toComparable(text));
    expect(comparableKeys('ΟΔΟΣ. ΑΘΗΝΑ.').key).toBe('οδος αθηνα');
  });

  it('always gives the unit the same key as comparing the whole text', () => {
    const piece = fc.constantFrom(
      'Ships',
      'ΟΔΟΣ',
      'İstanbul',
      'ǅ',
      '3.1',
      '.',
      '?',
      '!',
      '…',
      '"',
      '”',
      '’',
      ')',
      ' ',
      '  ',
      '\t',
      '\u00A0',
      '\uFEFF',
      '\u2028',
      '\u200B',
      '\u0301',
      '😀',
      '中文',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(comparableKeys(text).key).toBe(toComparable(text));
      }),
      { numRuns: 2000 },
    );
  });
});

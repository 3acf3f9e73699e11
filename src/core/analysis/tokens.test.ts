import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCapitalised } from './tokens';

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

import { describe, expect, it } from 'vitest';
import { isDigit, isLetter, isSpace } from './chars';

describe('character tests', () => {
  it('answer as their regexes do for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(isSpace(ch)).toBe(/\s/.test(ch));
      expect(isDigit(ch)).toBe(/\d/.test(ch));
      expect(isLetter(ch)).toBe(/\p{L}/u.test(ch));
    }
  });

  it('are false past the end of the text', () => {
    expect([isSpace(undefined), isDigit(undefined), isLetter(undefined)]).toEqual([false, false, false]);
  });
});

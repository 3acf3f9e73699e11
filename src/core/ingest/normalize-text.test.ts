import { describe, expect, it } from 'vitest';
import { normalizeLines, splitTextUnits } from './normalize-text';

describe('normalizeLines', () => {
  it('splits CRLF, CR and LF line ends and trims every line', () => {
    expect(normalizeLines('  one \r\ntwo\rthree  \n\n four')).toEqual(['one', 'two', 'three', '', 'four']);
  });

  it('collapses runs of spaces, tabs and Unicode spaces into one space', () => {
    expect(normalizeLines('a \t\u00A0b\u2003\u3000c\f\u2028d')).toEqual(['a b c d']);
  });

  it('drops BOMs, zero-width characters and stray controls without joining lines', () => {
    expect(normalizeLines('\uFEFFPort\u200B city\u0007\n\u2060\nx\u000By\u001F')).toEqual([
      'Port city',
      '',
      'xy',
    ]);
  });

  it('keeps whitespace-only lines as empty lines, first and last included', () => {
    expect(normalizeLines(' \n\u00A0a \n\t')).toEqual(['', 'a', '']);
  });
});

describe('splitTextUnits', () => {
  it('joins a hard-wrapped line with the lower-case line after it, and keeps ended lines apart', () => {
    const text = [
      'The council approved the new budget for the river crossing',
      'after a long debate on Monday.',
      'A second paragraph that ends with a full stop right here.',
      'and a line that starts in lower case.',
    ].join('\n');
    expect(splitTextUnits(text).map((u) => u.text)).toEqual([
      'The council approved the new budget for the river crossing after a long debate on Monday.',
      'A second paragraph that ends with a full stop right here.',
      'and a line that starts in lower case.',
    ]);
  });

  it('does not join short lines or lines ending in a closing quote', () => {
    const text = 'Short line\nnext\nHe said the plan was a good one for the city "\nand left.';
    expect(splitTextUnits(text).map((u) => u.text)).toEqual([
      'Short line',
      'next',
      'He said the plan was a good one for the city "',
      'and left.',
    ]);
  });
});

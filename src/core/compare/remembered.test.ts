import { describe, expect, it } from 'vitest';
import { remembered } from './remembered';

describe('remembered', () => {
  it('computes each argument once, empty answers included, and starts over past its limit', () => {
    const asked: string[] = [];
    const upper = remembered(2, (s) => {
      asked.push(s);
      return s === 'x' ? '' : s.toUpperCase();
    });
    expect([upper('a'), upper('a'), upper('x'), upper('x')]).toEqual(['A', 'A', '', '']);
    expect(asked).toEqual(['a', 'x']);
    upper('b');
    upper('c'); // three kept: the next new one clears them
    upper('d');
    expect(upper('a')).toBe('A');
    expect(asked).toEqual(['a', 'x', 'b', 'c', 'd', 'a']);
  });
});

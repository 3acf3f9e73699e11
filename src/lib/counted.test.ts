import { describe, expect, it } from 'vitest';
import { counted } from './counted';

describe('counted', () => {
  it('puts the noun in the number of its count', () => {
    expect(counted(1, 'mention')).toBe('1 mention');
    expect(counted(0, 'article')).toBe('0 articles');
    expect(counted(3, 'article')).toBe('3 articles');
    expect(counted(1, 'discrepancy', 'discrepancies')).toBe('1 discrepancy');
    expect(counted(2, 'discrepancy', 'discrepancies')).toBe('2 discrepancies');
  });
});

import { describe, expect, it } from 'vitest';
import { toggled } from './toggle-set';

describe('toggled', () => {
  it('adds a value that is absent and removes one that is present, leaving the original set alone', () => {
    const original = new Set(['a']);
    expect([...toggled(original, 'b')]).toEqual(['a', 'b']);
    expect([...toggled(original, 'a')]).toEqual([]);
    expect([...original]).toEqual(['a']);
  });
});

import { describe, expect, it } from 'vitest';
import { rowAfterDelete } from './row-after-delete';

const rows = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

describe('rowAfterDelete', () => {
  it('is the first row left after the last one deleted', () => {
    expect(rowAfterDelete(rows, new Set(['b']))).toBe('c');
    expect(rowAfterDelete(rows, new Set(['a', 'c', 'd']))).toBe('e');
  });

  it('is the nearest row left before, when the delete takes the end of the list', () => {
    expect(rowAfterDelete(rows, new Set(['e']))).toBe('d');
    expect(rowAfterDelete(rows, new Set(['b', 'd', 'e']))).toBe('c');
  });

  it('is none when nothing is left, and the first row when no selected row is shown', () => {
    expect(rowAfterDelete(rows, new Set(rows.map((r) => r.id)))).toBeNull();
    expect(rowAfterDelete(rows, new Set(['z']))).toBe('a');
  });
});

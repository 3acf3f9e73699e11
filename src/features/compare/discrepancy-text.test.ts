import { describe, expect, it } from 'vitest';
import { describeDiscrepancy } from './discrepancy-text';

describe('describeDiscrepancy', () => {
  it('shows the kinds of source of an attribution change, not the same verb twice', () => {
    const side = { start: 0, end: 4, text: 'said' };
    const t = describeDiscrepancy({
      kind: 'attribution',
      severity: 'difference',
      a: side,
      b: side,
      message: 'Attribution changed: person ("said") vs anonymous ("said")',
    });
    expect(t).toEqual({ label: 'Attribution difference', a: 'person ("said")', b: 'anonymous ("said")' });
  });

  it("shows other discrepancies by both sides' words", () => {
    const t = describeDiscrepancy({
      kind: 'number',
      severity: 'conflict',
      a: { start: 0, end: 2, text: '25' },
      b: null,
      message: 'Numbers disagree',
    });
    expect(t).toEqual({ label: 'Number conflict', a: '“25”', b: '—' });
  });
});

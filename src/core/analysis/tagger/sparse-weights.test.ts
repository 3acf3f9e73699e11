import { describe, expect, it } from 'vitest';
import { decodeSparseWeights, encodeSparseWeights } from './sparse-weights';

// A table like the tagger's: most rows empty, a few weights in the others, the extremes of int8 among them.
function sparseTable(rows: number, tags: number): Int8Array {
  const weights = new Int8Array(rows * tags);
  for (let r = 0; r < rows; r++) {
    if ((r * 37) % 5 !== 0) continue;
    for (let t = 0; t < tags; t++)
      if ((r + t * 3) % 4 === 0) weights[r * tags + t] = ((r * 31 + t * 17) % 255) - 127;
  }
  weights[tags - 1] = -128;
  weights[(rows - 1) * tags] = 127;
  return weights;
}

describe('sparse tagger weights', () => {
  it('decode to the very table that was encoded, signs and extremes included', () => {
    for (const tags of [1, 11, 16]) {
      const weights = sparseTable(203, tags);
      const back = decodeSparseWeights(encodeSparseWeights(weights, tags), 203, tags);
      expect(back).toEqual(weights);
    }
  });

  it('store a mostly empty table in a fraction of its dense size', () => {
    const weights = sparseTable(4096, 11);
    const { rows, values } = encodeSparseWeights(weights, 11);
    expect(rows.length + values.length).toBeLessThan((weights.length * 4) / 3 / 3);
  });

  it('refuse values cut short or a row map of another table', () => {
    const sparse = encodeSparseWeights(sparseTable(400, 11), 11);
    const cut = { ...sparse, values: sparse.values.slice(0, -8) };
    expect(() => decodeSparseWeights(cut, 400, 11)).toThrow(/do not match/);
    expect(() => decodeSparseWeights(sparse, 800, 11)).toThrow(/row map/);
  });
});

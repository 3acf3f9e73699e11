import { describe, expect, it } from 'vitest';
import { alignSentences } from './align';
import { buildSimilarityTable, MAX_PARTNERS, type SentenceFeatures } from './vectors';

// Deterministic generated sentences over a Zipf-skewed vocabulary, so common words recur across sentences as
// in news: 7,000 sentences a side is about what two 1 MB articles hold.
function makeSentences(count: number, seed: number): SentenceFeatures[] {
  let state = seed;
  const rnd = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () => ({
    words: Array.from({ length: 6 + Math.floor(rnd() * 10) }, () => `w${Math.floor(20000 * rnd() ** 2)}`),
    strong: [],
  }));
}

describe('alignment memory', () => {
  it('aligns two 1 MB-sized versions in structures linear in the sentences, not n × m', () => {
    const a = makeSentences(7000, 1);
    const fresh = makeSentences(7000, 2);
    // Every fifth sentence rewritten: the other four keep their partner.
    const b = a.map((s, k) => (k % 5 === 0 ? fresh[k]! : s));
    const table = buildSimilarityTable(a, b, 0.15);
    const { n, m } = table;
    // What the table holds: a row index, and a column and a dot per kept pair.
    const bytes = table.rowStart.byteLength + table.cols.byteLength + table.dots.byteLength;
    expect(bytes).toBeLessThan((n * m * 8) / 100); // n × m doubles would be 392 MB
    expect(table.cols.length).toBeLessThanOrEqual(MAX_PARTNERS * n);
    const pairs = alignSentences(table);
    const kept = pairs.filter((p) => p.a[0] === p.b[0] && p.a[0] % 5 !== 0).length;
    expect(kept).toBe((n * 4) / 5);
  });
});

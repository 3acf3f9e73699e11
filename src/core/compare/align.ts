import { cosine11, cosine12, cosine21, type SimilarityTable } from './vectors';

/** Sentence indices `[first, last]` (inclusive) of each side of a pair, its similarity and order flag. */
export type IndexPair = Readonly<{
  a: readonly [number, number];
  b: readonly [number, number];
  similarity: number;
  moved: boolean;
}>;

/** Tuning of the aligner; the defaults are what the golden cases in test-data/compare were tuned on. */
export type AlignOptions = Readonly<{
  /** Below this cosine two sentences are not the same fact: unrelated articles share nothing. */
  threshold: number;
  /** Out-of-order pairs need more evidence than in-order ones. */
  movedThreshold: number;
  /** Each half of a 1:2 / 2:1 merge must reach this cosine alone, so a merge never swallows a stranger. */
  partThreshold: number;
  /** Cost of a merge, so one only wins when it reads better than a 1:1 pair plus a gap. */
  mergeCost: number;
  /**
   * How much a pair loses for each point either sentence matches something else better: keeps the ordered
   * pass from spending a sentence on a weak in-order partner when its real partner moved.
   */
  rivalWeight: number;
}>;

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  threshold: 0.3,
  movedThreshold: 0.3,
  partThreshold: 0.15,
  mergeCost: 0.02,
  rivalWeight: 1,
};

const GAP_A = 1;
const GAP_B = 2;
const M11 = 3;
const M12 = 4;
const M21 = 5;

/**
 * Aligns two sentence sequences: a monotone DP (Needleman-Wunsch with free gaps, gains of cosine minus
 * threshold, 1:1, 1:2 and 2:1 steps), then a greedy pass pairing leftovers out of order (`moved`).
 */
export function alignSentences(
  t: SimilarityTable,
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): IndexPair[] {
  const { n, m } = t;
  const { threshold, partThreshold, mergeCost, rivalWeight } = options;
  const bestA = new Float64Array(n);
  const bestB = new Float64Array(m);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      if (t.dot[i * m + j]! <= 0) continue;
      const s = cosine11(t, i, j);
      if (s > bestA[i]!) bestA[i] = s;
      if (s > bestB[j]!) bestB[j] = s;
    }
  const rival = (s: number, i: number, j: number) =>
    rivalWeight * Math.max(0, (i >= 0 ? bestA[i]! : 0) - s, (j >= 0 ? bestB[j]! : 0) - s);
  // A merged half that belongs elsewhere (its best partner is far better) makes the merge lose.
  const partRival = (i: number, j: number, side: 'a' | 'b') =>
    rivalWeight * Math.max(0, (side === 'a' ? bestA[i]! : bestB[j]!) - cosine11(t, i, j));
  const w = m + 1;
  const dp = new Float64Array((n + 1) * w);
  const back = new Uint8Array((n + 1) * w);
  const partOk = (i: number, j: number) => cosine11(t, i, j) >= partThreshold;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = -Infinity;
      let move = 0;
      if (i > 0 && dp[(i - 1) * w + j]! > best) [best, move] = [dp[(i - 1) * w + j]!, GAP_A];
      if (j > 0 && dp[i * w + j - 1]! > best) [best, move] = [dp[i * w + j - 1]!, GAP_B];
      if (i > 0 && j > 0 && t.dot[(i - 1) * m + j - 1]! > 0) {
        const s = cosine11(t, i - 1, j - 1);
        const v = dp[(i - 1) * w + j - 1]! + s - threshold - rival(s, i - 1, j - 1);
        if (s >= threshold && v > best) [best, move] = [v, M11];
        if (j > 1 && partOk(i - 1, j - 2) && partOk(i - 1, j - 1)) {
          const s12 = cosine12(t, i - 1, j - 2);
          const v12 =
            dp[(i - 1) * w + j - 2]! +
            s12 -
            threshold -
            mergeCost -
            rival(s12, i - 1, -1) -
            partRival(i - 1, j - 2, 'b') -
            partRival(i - 1, j - 1, 'b');
          if (s12 >= threshold && v12 > best) [best, move] = [v12, M12];
        }
        if (i > 1 && partOk(i - 2, j - 1) && partOk(i - 1, j - 1)) {
          const s21 = cosine21(t, i - 2, j - 1);
          const v21 =
            dp[(i - 2) * w + j - 1]! +
            s21 -
            threshold -
            mergeCost -
            rival(s21, -1, j - 1) -
            partRival(i - 2, j - 1, 'a') -
            partRival(i - 1, j - 1, 'a');
          if (s21 >= threshold && v21 > best) [best, move] = [v21, M21];
        }
      }
      dp[i * w + j] = best;
      back[i * w + j] = move;
    }
  }
  const pairs: IndexPair[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const move = back[i * w + j];
    if (move === GAP_A) i--;
    else if (move === GAP_B) j--;
    else if (move === M11) {
      pairs.push({
        a: [i - 1, i - 1],
        b: [j - 1, j - 1],
        similarity: cosine11(t, i - 1, j - 1),
        moved: false,
      });
      i--;
      j--;
    } else if (move === M12) {
      pairs.push({
        a: [i - 1, i - 1],
        b: [j - 2, j - 1],
        similarity: cosine12(t, i - 1, j - 2),
        moved: false,
      });
      i--;
      j -= 2;
    } else {
      pairs.push({
        a: [i - 2, i - 1],
        b: [j - 1, j - 1],
        similarity: cosine21(t, i - 2, j - 1),
        moved: false,
      });
      i -= 2;
      j--;
    }
  }
  pairs.reverse();
  return [...pairs, ...pairLeftovers(t, pairs, options.movedThreshold)].sort((x, y) => x.a[0] - y.a[0]);
}

/** Greedily pairs sentences the monotone pass left alone; any such pair crosses the others, so it moved. */
function pairLeftovers(t: SimilarityTable, taken: readonly IndexPair[], minSimilarity: number): IndexPair[] {
  const usedA = new Uint8Array(t.n);
  const usedB = new Uint8Array(t.m);
  for (const p of taken) {
    for (let i = p.a[0]; i <= p.a[1]; i++) usedA[i] = 1;
    for (let j = p.b[0]; j <= p.b[1]; j++) usedB[j] = 1;
  }
  const candidates: Array<[number, number, number]> = [];
  for (let i = 0; i < t.n; i++) {
    if (usedA[i]) continue;
    for (let j = 0; j < t.m; j++) {
      if (usedB[j] || t.dot[i * t.m + j]! <= 0) continue;
      const s = cosine11(t, i, j);
      if (s >= minSimilarity) candidates.push([s, i, j]);
    }
  }
  candidates.sort((x, y) => y[0] - x[0]);
  const out: IndexPair[] = [];
  for (const [s, i, j] of candidates) {
    if (usedA[i] || usedB[j]) continue;
    usedA[i] = usedB[j] = 1;
    out.push({ a: [i, i], b: [j, j], similarity: s, moved: true });
  }
  return out;
}

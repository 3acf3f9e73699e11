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

/** A step of the monotone alignment: sentences a[i0..i1] with b[j0..j1] (1:1, 1:2 or 2:1) and its gain. */
type Step = { i0: number; i1: number; j0: number; j1: number; similarity: number; gain: number };

/**
 * Gain of a 1:2 / 2:1 merge before its costs: its cosine less the threshold, or, when both halves pair well
 * on their own, the gains of those two pairs. A merge keeps three sentences in order, so it must not lose to a
 * single strong pair elsewhere that keeps two (a paragraph moved past a sentence split in two); a half below
 * the threshold still makes the sum smaller, so a merge never gains by swallowing a stranger.
 */
function mergeGain(merged: number, first: number, second: number, threshold: number): number {
  return Math.max(merged - threshold, first - threshold + (second - threshold));
}

/** Row i's kept B partners and their cosines. */
function* rowPairs(t: SimilarityTable, i: number): Generator<[number, number]> {
  for (let k = t.rowStart[i]!; k < t.rowStart[i + 1]!; k++) yield [t.cols[k]!, cosine11(t, i, t.cols[k]!)];
}

/** Lists every 1:1, 1:2 and 2:1 step worth taking (positive gain), grouped by first A sentence. */
function listSteps(t: SimilarityTable, options: AlignOptions): Step[][] {
  const { n, m } = t;
  const { threshold, partThreshold, mergeCost, rivalWeight } = options;
  const bestA = new Float64Array(n);
  const bestB = new Float64Array(m);
  for (let i = 0; i < n; i++)
    for (const [j, s] of rowPairs(t, i)) {
      if (s > bestA[i]!) bestA[i] = s;
      if (s > bestB[j]!) bestB[j] = s;
    }
  const rival = (s: number, i: number, j: number) =>
    rivalWeight * Math.max(0, (i >= 0 ? bestA[i]! : 0) - s, (j >= 0 ? bestB[j]! : 0) - s);
  // A merged half that belongs elsewhere (its best partner is far better) makes the merge lose.
  const partRival = (best: number, s: number) => rivalWeight * Math.max(0, best - s);
  const steps: Step[][] = Array.from({ length: n }, () => []);
  const add = (i0: number, i1: number, j0: number, j1: number, similarity: number, gain: number) => {
    if (similarity >= threshold && gain > 0) steps[i0]!.push({ i0, i1, j0, j1, similarity, gain });
  };
  for (let i = 0; i < n; i++) {
    for (const [j, s] of rowPairs(t, i)) {
      add(i, i, j, j, s, s - threshold - rival(s, i, j));
      if (s < partThreshold) continue;
      const right = j + 1 < m ? cosine11(t, i, j + 1) : 0;
      if (right >= partThreshold) {
        const s12 = cosine12(t, i, j);
        const parts = partRival(bestB[j]!, s) + partRival(bestB[j + 1]!, right);
        const gain = mergeGain(s12, s, right, threshold);
        add(i, i, j, j + 1, s12, gain - mergeCost - rival(s12, i, -1) - parts);
      }
      const below = i + 1 < n ? cosine11(t, i + 1, j) : 0;
      if (below >= partThreshold) {
        const s21 = cosine21(t, i, j);
        const parts = partRival(bestA[i]!, s) + partRival(bestA[i + 1]!, below);
        const gain = mergeGain(s21, s, below, threshold);
        add(i, i + 1, j, j, s21, gain - mergeCost - rival(s21, -1, j) - parts);
      }
    }
  }
  return steps;
}

/**
 * The heaviest chain of steps increasing in both articles (free gaps): steps are scored in order of their
 * first A sentence against a Fenwick tree of the best chain ending at or before each B sentence, holding only
 * steps that end above the current row. Memory follows the number of steps, not n × m.
 */
function chainSteps(steps: readonly Step[][], m: number): Step[] {
  const tree = new Float64Array(m + 1);
  const treeAt = new Int32Array(m + 1).fill(-1);
  const all: Step[] = [];
  const value: number[] = [];
  const prev: number[] = [];
  const insert = (col: number, v: number, id: number) => {
    for (let x = col + 1; x <= m; x += x & -x) if (v > tree[x]!) [tree[x], treeAt[x]] = [v, id];
  };
  const query = (col: number): [number, number] => {
    let [v, id] = [0, -1];
    for (let x = col; x > 0; x -= x & -x) if (tree[x]! > v) [v, id] = [tree[x]!, treeAt[x]!];
    return [v, id];
  };
  const endingAt: number[][] = steps.map(() => []);
  let best = -1;
  steps.forEach((row, i) => {
    for (const id of endingAt[i - 1] ?? []) insert(all[id]!.j1, value[id]!, id);
    for (const step of row) {
      const [v, from] = query(step.j0);
      const id = all.push(step) - 1;
      value.push(v + step.gain);
      prev.push(from);
      endingAt[step.i1]!.push(id);
      if (best < 0 || value[id]! > value[best]!) best = id;
    }
  });
  const chain: Step[] = [];
  for (let id = best; id >= 0; id = prev[id]!) chain.push(all[id]!);
  return chain.reverse();
}

/**
 * Aligns two sentence sequences: the heaviest monotone chain of 1:1, 1:2 and 2:1 steps (gains of cosine
 * minus threshold, free gaps, as Needleman-Wunsch would find), then a greedy pass pairing leftovers out of
 * order (`moved`). Only the table's kept pairs are visited, so time and memory follow them, not n × m.
 */
export function alignSentences(
  t: SimilarityTable,
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): IndexPair[] {
  const pairs = chainSteps(listSteps(t, options), t.m).map((s): IndexPair => ({
    a: [s.i0, s.i1],
    b: [s.j0, s.j1],
    similarity: s.similarity,
    moved: false,
  }));
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
    for (const [j, s] of rowPairs(t, i)) if (!usedB[j] && s >= minSimilarity) candidates.push([s, i, j]);
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

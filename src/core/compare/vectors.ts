import { createPairGuard } from './pair-guards';

// TF-IDF sentence vectors over two articles and the raw dot products the aligner scores with.

/** What one sentence contributes to similarity: content-word stems and strong features (numbers, names). */
export type SentenceFeatures = Readonly<{
  words: readonly string[];
  strong: readonly string[];
  /** Those of `words` and `strong` that only name the speaker or the cue ("Payton said"). */
  speaker?: readonly string[];
}>;

export type SparseVector = Readonly<{ ids: Int32Array; weights: Float64Array }>;

/**
 * The dot products of the sentence pairs that can matter, in linear memory: row i lists the best B sentences
 * whose cosine with a_i reaches `minCosine` (ascending), with their raw dots; plus what 1:2 and 2:1 merges need.
 */
export type SimilarityTable = Readonly<{
  n: number;
  m: number;
  /** Row i's candidates are cols[rowStart[i]] … cols[rowStart[i + 1] - 1]. */
  rowStart: Int32Array;
  cols: Int32Array;
  /** dots[k] = a_i · b_cols[k] (unnormalised). */
  dots: Float64Array;
  normSqA: Float64Array;
  normSqB: Float64Array;
  /** nextA[i] = a_i · a_{i+1}, used for the norm of a merged pair. */
  nextA: Float64Array;
  nextB: Float64Array;
}>;

/** Most B sentences kept per A sentence: the memory bound of a table (n × MAX_PARTNERS pairs). */
export const MAX_PARTNERS = 16;

// Numbers and entity names identify a fact far better than ordinary words.
const STRONG_WEIGHT = 2;

function toSparse(counts: Map<number, number>, idf: Float64Array, strong: Set<number>): SparseVector {
  const ids = Int32Array.from(counts.keys()).sort();
  const weights = new Float64Array(ids.length);
  ids.forEach((id, k) => {
    weights[k] = (1 + Math.log(counts.get(id)!)) * idf[id]! * (strong.has(id) ? STRONG_WEIGHT : 1);
  });
  return { ids, weights };
}

/** The dot product of two sparse vectors (a merge of their sorted ids): their cosine when both are normalised. */
export function dotSparse(x: SparseVector, y: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < x.ids.length && j < y.ids.length) {
    const a = x.ids[i]!;
    const b = y.ids[j]!;
    if (a === b) sum += x.weights[i++]! * y.weights[j++]!;
    else if (a < b) i++;
    else j++;
  }
  return sum;
}

function buildVectors(
  a: readonly SentenceFeatures[],
  b: readonly SentenceFeatures[],
): [SparseVector[], SparseVector[]] {
  const dict = new Map<string, number>();
  const strong = new Set<number>();
  const idOf = (key: string): number => {
    let id = dict.get(key);
    if (id === undefined) dict.set(key, (id = dict.size));
    return id;
  };
  const countAll = (s: SentenceFeatures): Map<number, number> => {
    const counts = new Map<number, number>();
    for (const w of s.words) counts.set(idOf(w), (counts.get(idOf(w)) ?? 0) + 1);
    for (const f of s.strong) {
      const id = idOf(`\u0000${f}`);
      strong.add(id);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  };
  const countsA = a.map(countAll);
  const countsB = b.map(countAll);
  const df = new Float64Array(dict.size);
  for (const c of [...countsA, ...countsB]) for (const id of c.keys()) df[id]! += 1;
  const total = countsA.length + countsB.length;
  const idf = df.map((d) => Math.log(1 + total / d));
  return [countsA.map((c) => toSparse(c, idf, strong)), countsB.map((c) => toSparse(c, idf, strong))];
}

/**
 * Builds TF-IDF vectors for both articles' sentences (IDF over both) and keeps the pairs whose cosine reaches
 * `minCosine`, at most MAX_PARTNERS (the best) per A sentence. An inverted index over B finds the pairs that share a feature, one A sentence at a time into
 * one reused row, so memory follows the kept pairs, never n × m.
 */
export function buildSimilarityTable(
  a: readonly SentenceFeatures[],
  b: readonly SentenceFeatures[],
  minCosine = 0,
): SimilarityTable {
  const [va, vb] = buildVectors(a, b);
  const mayPair = createPairGuard(a, b);
  const n = va.length;
  const m = vb.length;
  const norms = (vs: SparseVector[]) => Float64Array.from(vs, (v) => dotSparse(v, v));
  const nexts = (vs: SparseVector[]) =>
    Float64Array.from(vs, (v, i) => (i + 1 < vs.length ? dotSparse(v, vs[i + 1]!) : 0));
  const [normSqA, normSqB] = [norms(va), norms(vb)];
  const postings = new Map<number, number[]>();
  vb.forEach((v, j) =>
    v.ids.forEach((id) => {
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push(j);
    }),
  );
  const row = new Float64Array(m);
  const touched: number[] = [];
  const rowStart = new Int32Array(n + 1);
  let cols: number[] = [];
  let dots: number[] = [];
  // A feature in hundreds of B sentences (a word every paragraph repeats) would make finding candidates
  // quadratic: it still counts in the dot of a pair found through a rarer feature, but finds no pair itself.
  const common = Math.max(200, m / 50);
  va.forEach((v, i) => {
    v.ids.forEach((id) => {
      const list = postings.get(id);
      if (!list || list.length > common) return;
      for (const j of list) {
        if (row[j] === 0) touched.push(j);
        row[j] = 1;
      }
    });
    for (const j of touched) row[j] = dotSparse(v, vb[j]!);
    const kept: Array<[number, number, number]> = [];
    for (const j of touched) {
      const d = normSqA[i]! * normSqB[j]!;
      const cosine = d > 0 ? row[j]! / Math.sqrt(d) : 0;
      if (cosine > 0 && cosine >= minCosine && mayPair(i, j, cosine)) kept.push([j, cosine, row[j]!]);
      row[j] = 0;
    }
    touched.length = 0;
    // A sentence's partner is among its best few; a row of common words must not keep hundreds of weak ones.
    if (kept.length > MAX_PARTNERS) kept.sort((x, y) => y[1] - x[1]).length = MAX_PARTNERS;
    kept.sort((x, y) => x[0] - y[0]);
    for (const [j, , dot] of kept) {
      cols.push(j);
      dots.push(dot);
    }
    rowStart[i + 1] = cols.length;
  });
  const table = {
    n,
    m,
    rowStart,
    cols: Int32Array.from(cols),
    dots: Float64Array.from(dots),
    normSqA,
    normSqB,
    nextA: nexts(va),
    nextB: nexts(vb),
  };
  cols = dots = [];
  return table;
}

/** The raw dot a_i · b_j, 0 when the pair was not kept (binary search in row i). */
export function dotAt(t: SimilarityTable, i: number, j: number): number {
  let lo = t.rowStart[i]!;
  let hi = t.rowStart[i + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = t.cols[mid]!;
    if (c === j) return t.dots[mid]!;
    if (c < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** Cosine of a_i and b_j. */
export function cosine11(t: SimilarityTable, i: number, j: number): number {
  const d = t.normSqA[i]! * t.normSqB[j]!;
  return d > 0 ? dotAt(t, i, j) / Math.sqrt(d) : 0;
}

/** Cosine of a_i against b_j and b_{j+1} read as one sentence (a sentence B split in two). */
export function cosine12(t: SimilarityTable, i: number, j: number): number {
  const nb = t.normSqB[j]! + t.normSqB[j + 1]! + 2 * t.nextB[j]!;
  const d = t.normSqA[i]! * nb;
  return d > 0 ? (dotAt(t, i, j) + dotAt(t, i, j + 1)) / Math.sqrt(d) : 0;
}

/** Cosine of a_i and a_{i+1} read as one sentence against b_j (two A sentences B merged). */
export function cosine21(t: SimilarityTable, i: number, j: number): number {
  const na = t.normSqA[i]! + t.normSqA[i + 1]! + 2 * t.nextA[i]!;
  const d = na * t.normSqB[j]!;
  return d > 0 ? (dotAt(t, i, j) + dotAt(t, i + 1, j)) / Math.sqrt(d) : 0;
}

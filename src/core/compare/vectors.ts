// TF-IDF sentence vectors over two articles and the raw dot products the aligner scores with.

/** What one sentence contributes to similarity: content-word stems and strong features (numbers, names). */
export type SentenceFeatures = Readonly<{ words: readonly string[]; strong: readonly string[] }>;

type SparseVector = Readonly<{ ids: Int32Array; weights: Float64Array }>;

/** Raw dot products between every A and B sentence, plus what 1:2 and 2:1 merges need. */
export type SimilarityTable = Readonly<{
  n: number;
  m: number;
  /** dot[i * m + j] = a_i · b_j (unnormalised). */
  dot: Float64Array;
  normSqA: Float64Array;
  normSqB: Float64Array;
  /** nextA[i] = a_i · a_{i+1}, used for the norm of a merged pair. */
  nextA: Float64Array;
  nextB: Float64Array;
}>;

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

function dotSparse(x: SparseVector, y: SparseVector): number {
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

/** Builds TF-IDF vectors for both articles' sentences (IDF over both) and returns all pairwise dots. */
export function buildSimilarityTable(
  a: readonly SentenceFeatures[],
  b: readonly SentenceFeatures[],
): SimilarityTable {
  const [va, vb] = buildVectors(a, b);
  const n = va.length;
  const m = vb.length;
  const dot = new Float64Array(n * m);
  // Inverted index over B so the cost follows shared features, not n × m × vector length.
  const postings = new Map<number, Array<[number, number]>>();
  vb.forEach((v, j) =>
    v.ids.forEach((id, k) => {
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push([j, v.weights[k]!]);
    }),
  );
  va.forEach((v, i) =>
    v.ids.forEach((id, k) => {
      const w = v.weights[k]!;
      for (const [j, wb] of postings.get(id) ?? []) dot[i * m + j]! += w * wb;
    }),
  );
  const norms = (vs: SparseVector[]) => Float64Array.from(vs, (v) => dotSparse(v, v));
  const nexts = (vs: SparseVector[]) =>
    Float64Array.from(vs, (v, i) => (i + 1 < vs.length ? dotSparse(v, vs[i + 1]!) : 0));
  return { n, m, dot, normSqA: norms(va), normSqB: norms(vb), nextA: nexts(va), nextB: nexts(vb) };
}

/** Cosine of a_i and b_j. */
export function cosine11(t: SimilarityTable, i: number, j: number): number {
  const d = t.normSqA[i]! * t.normSqB[j]!;
  return d > 0 ? t.dot[i * t.m + j]! / Math.sqrt(d) : 0;
}

/** Cosine of a_i against b_j and b_{j+1} read as one sentence (a sentence B split in two). */
export function cosine12(t: SimilarityTable, i: number, j: number): number {
  const nb = t.normSqB[j]! + t.normSqB[j + 1]! + 2 * t.nextB[j]!;
  const d = t.normSqA[i]! * nb;
  return d > 0 ? (t.dot[i * t.m + j]! + t.dot[i * t.m + j + 1]!) / Math.sqrt(d) : 0;
}

/** Cosine of a_i and a_{i+1} read as one sentence against b_j (two A sentences B merged). */
export function cosine21(t: SimilarityTable, i: number, j: number): number {
  const na = t.normSqA[i]! + t.normSqA[i + 1]! + 2 * t.nextA[i]!;
  const d = na * t.normSqB[j]!;
  return d > 0 ? (t.dot[i * t.m + j]! + t.dot[(i + 1) * t.m + j]!) / Math.sqrt(d) : 0;
}

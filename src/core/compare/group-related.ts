import { computeSignature, estimateJaccard, SIGNATURE_SIZE } from './minhash';
import { createUnionFind } from './union-find';

/** One article as grouping takes it: id, clean text, and optionally entity canonicals and ISO date. */
export type GroupInput = Readonly<{
  id: string;
  text: string;
  entities?: readonly string[];
  date?: string | null;
}>;

// 32 bands of 2 rows: two versions with Jaccard 0.2 become candidates with p ≈ 0.73, 0.3 with p ≈ 0.95,
// unrelated articles (Jaccard ≈ 0.01) with p ≈ 0.003.
const ROWS = 2;
const BANDS = SIGNATURE_SIZE / ROWS;
const MIN_SCORE = 0.3;
const FAR_DAYS = 7;
const FAR_MIN_JACCARD = 0.5;

function daysApart(x: string | null | undefined, y: string | null | undefined): number | null {
  if (!x || !y) return null;
  const d = Math.abs(Date.parse(x.slice(0, 10)) - Date.parse(y.slice(0, 10))) / 86_400_000;
  return Number.isNaN(d) ? null : d;
}

function countShared(x: readonly string[] | undefined, y: readonly string[] | undefined): number {
  if (!x || !y) return 0;
  const set = new Set(x.map((e) => e.toLowerCase()));
  return new Set(y.map((e) => e.toLowerCase()).filter((e) => set.has(e))).size;
}

/** Whether a candidate pair is one story: shingle overlap, lifted by shared names and close dates. */
function isSameStory(x: GroupInput, y: GroupInput, jaccard: number): boolean {
  const days = daysApart(x.date, y.date);
  if (days !== null && days > FAR_DAYS && jaccard < FAR_MIN_JACCARD) return false;
  const score =
    jaccard +
    0.05 * Math.min(4, countShared(x.entities, y.entities)) +
    (days !== null && days <= 2 ? 0.05 : 0);
  return score >= MIN_SCORE;
}

/**
 * Groups articles into stories: MinHash signatures of 3-word shingles, LSH banding for candidate pairs
 * (no all-pairs pass, so time grows about linearly), each candidate confirmed by its Jaccard estimate plus
 * shared entities and close dates; groups are the connected components, in input order.
 */
export function groupRelatedArticles(docs: readonly GroupInput[]): string[][] {
  const sigs = docs.map((d) => computeSignature(d.text));
  const uf = createUnionFind(docs.length);
  const tried = new Set<number>();
  for (let b = 0; b < BANDS; b++) {
    const buckets = new Map<string, number[]>();
    sigs.forEach((sig, k) => {
      const key = `${sig[b * ROWS]}:${sig[b * ROWS + 1]}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(k);
      else buckets.set(key, [k]);
    });
    for (const bucket of buckets.values()) {
      for (let p = 0; p < bucket.length; p++) {
        for (let q = p + 1; q < bucket.length; q++) {
          const [x, y] = [bucket[p]!, bucket[q]!];
          const key = x * docs.length + y;
          if (tried.has(key) || uf.find(x) === uf.find(y)) continue;
          tried.add(key);
          if (isSameStory(docs[x]!, docs[y]!, estimateJaccard(sigs[x]!, sigs[y]!))) uf.union(x, y);
        }
      }
    }
  }
  const groups = new Map<number, string[]>();
  docs.forEach((d, k) => {
    const root = uf.find(k);
    const g = groups.get(root);
    if (g) g.push(d.id);
    else groups.set(root, [d.id]);
  });
  return [...groups.values()];
}

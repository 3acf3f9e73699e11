import { buildDocVectors, collectDocTerms, cosineOf, type DocVector } from './story-vectors';
import { createUnionFind } from './union-find';

/** One article as grouping takes it: id, clean text, and optionally entity canonicals and ISO date. */
export type GroupInput = Readonly<{
  id: string;
  text: string;
  entities?: readonly string[];
  date?: string | null;
}>;

/** Tuning of story grouping; the defaults were tuned on test-data/stories/tuning only. */
export type GroupOptions = Readonly<{
  /** Cosine two articles of one event reach when their dates are close or unknown. */
  threshold: number;
  /** Cosine needed when the dates are more than `closeDays` apart: look-alike events recur days later. */
  farThreshold: number;
  closeDays: number;
}>;

export const DEFAULT_GROUP_OPTIONS: GroupOptions = { threshold: 0.16, farThreshold: 0.3, closeDays: 2 };

// Each article offers its most distinctive terms as keys; two articles become a candidate pair when they share
// a key. A key more than MAX_POSTINGS articles offer says nothing about one event and is dropped, so the
// candidate count grows with the library, not with its square.
const KEYS_PER_DOC = 12;
const MAX_POSTINGS = 400;

function daysApart(x: string | null | undefined, y: string | null | undefined): number | null {
  if (!x || !y) return null;
  const d = Math.abs(Date.parse(x.slice(0, 10)) - Date.parse(y.slice(0, 10))) / 86_400_000;
  return Number.isNaN(d) ? null : d;
}

/** The ids of a vector's heaviest terms that some other article also has. */
function pickKeys(v: DocVector, df: readonly number[]): number[] {
  const order: number[] = [];
  for (let k = 0; k < v.ids.length; k++) if (df[v.ids[k]!]! > 1) order.push(k);
  order.sort((p, q) => v.weights[q]! - v.weights[p]!);
  return order.slice(0, KEYS_PER_DOC).map((k) => v.ids[k]!);
}

/** Article pairs [x, y] (x < y) that share a key term: the only pairs grouping scores. */
function findCandidatePairs(vectors: readonly DocVector[], df: readonly number[]): Array<[number, number]> {
  const postings = new Map<number, number[]>();
  vectors.forEach((v, doc) => {
    for (const id of pickKeys(v, df)) {
      const list = postings.get(id);
      if (list) list.push(doc);
      else postings.set(id, [doc]);
    }
  });
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = vectors.length;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTINGS) continue;
    for (let p = 0; p < list.length; p++)
      for (let q = p + 1; q < list.length; q++) {
        const key = list[p]! * n + list[q]!;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([list[p]!, list[q]!]);
      }
  }
  return pairs;
}

/** Whether two articles report one event: weighted cosine, with a higher bar when their dates are far apart. */
export function isSameEvent(
  cosine: number,
  days: number | null,
  options: GroupOptions = DEFAULT_GROUP_OPTIONS,
): boolean {
  return cosine >= (days !== null && days > options.closeDays ? options.farThreshold : options.threshold);
}

/**
 * Groups articles into stories (same event, any outlet): TF-IDF vectors over the given library of content
 * words, names and figures; candidate pairs from an inverted index of each article's most distinctive terms
 * (near linear, no all-pairs pass); a pair joins when isSameEvent says so. Groups are the connected
 * components, each in input order, groups ordered by their first article.
 */
export function groupRelatedArticles(
  docs: readonly GroupInput[],
  options: GroupOptions = DEFAULT_GROUP_OPTIONS,
): string[][] {
  const { vectors, index } = buildDocVectors(docs.map((d) => collectDocTerms(d.text, d.entities)));
  const uf = createUnionFind(docs.length);
  for (const [x, y] of findCandidatePairs(vectors, index.df)) {
    if (uf.find(x) === uf.find(y)) continue;
    const days = daysApart(docs[x]!.date, docs[y]!.date);
    if (isSameEvent(cosineOf(vectors[x]!, vectors[y]!), days, options)) uf.union(x, y);
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

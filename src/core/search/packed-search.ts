import { boundedDistance } from '../text/edit-distance';
import { FIELDS, type PackedIndex } from './packed-index';

/** How one query term looks terms up: exactly, also as a prefix, also within a few edits. */
export type TermLookup = Readonly<{ prefix: boolean; fuzzy: number }>;

// MiniSearch's defaults, so a packed index ranks as the MiniSearch beside it does.
const WEIGHTS = { prefix: 0.375, fuzzy: 0.45 };
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const MAX_FUZZY = 6;

/** The first term number whose term is not below `term`. */
function lowerBound(terms: readonly string[], term: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The terms of `packed` that `term` matches, each with its weight as MiniSearch gives it: 1 for the term
 * itself, less for a longer term it begins, less again for a term a few edits away.
 */
export function expandTerm(packed: PackedIndex, term: string, lookup: TermLookup): Map<number, number> {
  const { terms } = packed;
  const found = new Map<number, number>();
  const start = lowerBound(terms, term);
  if (terms[start] === term) found.set(start, 1);
  if (lookup.prefix)
    for (let t = start; t < terms.length && terms[t]!.startsWith(term); t++) {
      const length = terms[t]!.length;
      if (length > term.length)
        found.set(t, (WEIGHTS.prefix * length) / (length + 0.3 * (length - term.length)));
    }
  const max = lookup.fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * lookup.fuzzy)) : lookup.fuzzy;
  const prev = new Int32Array(term.length + 1);
  const row = new Int32Array(term.length + 1);
  if (max > 0)
    for (let t = 0; t < terms.length; t++) {
      const candidate = terms[t]!;
      if (Math.abs(candidate.length - term.length) > max || found.has(t)) continue;
      const distance = boundedDistance(term, candidate, max, prev, row);
      if (distance > 0 && distance <= max)
        found.set(t, (WEIGHTS.fuzzy * candidate.length) / (candidate.length + distance));
    }
  return found;
}

/** What scoring needs besides the postings: documents counted and each field's mean length. */
export type PackedStats = Readonly<{ documentCount: number; averageFieldLength: readonly number[] }>;

/** The mean length of each field over the packed documents. */
export function averageFieldLengths(packed: PackedIndex): number[] {
  const sums = new Array<number>(FIELDS).fill(0);
  for (let i = 0; i < packed.fieldLengths.length; i++) sums[i % FIELDS]! += packed.fieldLengths[i]!;
  const docs = Math.max(1, packed.keys.length);
  return sums.map((sum) => sum / docs || 1);
}

/** Per document number its score (0 where it did not match), and the numbers of those that matched. */
export type PackedScores = Readonly<{ scores: Float64Array; matched: readonly number[] }>;

/**
 * Per document number, the BM25+ score of the `weighted` terms (term number → weight) in it, with each
 * field's `boost`; documents in `removed` are left out. A match always scores above 0.
 */
export function scoreTerms(
  packed: PackedIndex,
  weighted: ReadonlyMap<number, number>,
  boost: readonly number[],
  stats: PackedStats,
  removed: ReadonlySet<number>,
): PackedScores {
  const scores = new Float64Array(packed.keys.length);
  const matched: number[] = [];
  const { offsets, postingDocs, postingFields, postingFreqs, fieldLengths } = packed;
  const { k, b, d } = BM25;
  const matching = new Array<number>(FIELDS);
  for (const [t, weight] of weighted) {
    const from = offsets[t]!;
    const to = offsets[t + 1]!;
    matching.fill(0);
    for (let i = from; i < to; i++) matching[postingFields[i]!]!++;
    const idf = matching.map((n) => Math.log(1 + (stats.documentCount - n + 0.5) / (n + 0.5)));
    for (let i = from; i < to; i++) {
      const doc = postingDocs[i]!;
      if (removed.has(doc)) continue;
      const field = postingFields[i]!;
      const freq = postingFreqs[i]!;
      const norm = fieldLengths[doc * FIELDS + field]! / stats.averageFieldLength[field]!;
      const raw = idf[field]! * (d + (freq * (k + 1)) / (freq + k * (1 - b + b * norm)));
      if (scores[doc] === 0) matched.push(doc);
      scores[doc]! += weight * (boost[field] ?? 1) * raw;
    }
  }
  return { scores, matched };
}

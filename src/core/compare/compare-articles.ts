import type { AlignedPair, Comparison, Span, TextAnalysis } from '../model';
import { alignSentences, DEFAULT_ALIGN_OPTIONS, type AlignOptions, type IndexPair } from './align';
import { findDiscrepancies, type PairSide } from './discrepancies';
import { describeSentences, type SentenceInfo } from './sentence-features';
import { buildSimilarityTable } from './vectors';
import { diffLocated, toPlainDiff } from './word-diff';
import { normalizeForEquality } from './same-text';

/** One article as compare takes it: its clean text and what analysis found in it. */
export type CompareSide = Readonly<{
  id: string;
  text: string;
  analysis: TextAnalysis;
  /** The article's date (ISO), when known: relative dates ("last month") are read against it. */
  date?: string | null;
}>;

const cover = (infos: readonly SentenceInfo[], [first, last]: readonly [number, number]): Span => [
  infos[first]!.span[0],
  infos[last]!.span[1],
];

function sideOf(
  side: CompareSide,
  infos: readonly SentenceInfo[],
  range: readonly [number, number],
): PairSide {
  const picked = infos.slice(range[0], range[1] + 1);
  return {
    text: side.text,
    span: cover(infos, range),
    numbers: picked.flatMap((s) => s.numbers),
    entities: picked.flatMap((s) => s.entities),
    claims: [...new Set(picked.flatMap((s) => s.claims))],
    date: side.date ?? null,
  };
}

function buildPair(
  a: CompareSide,
  ia: SentenceInfo[],
  b: CompareSide,
  ib: SentenceInfo[],
  p: IndexPair,
): AlignedPair {
  const spanA = cover(ia, p.a);
  const spanB = cover(ib, p.b);
  const tb = b.text.slice(spanB[0], spanB[1]);
  if (normalizeForEquality(a.text.slice(spanA[0], spanA[1])) === normalizeForEquality(tb)) {
    return {
      a: spanA,
      b: spanB,
      kind: 'same',
      moved: p.moved,
      discrepancies: [],
      diff: [{ kind: 'equal', text: tb }],
    };
  }
  // Only a reworded pair needs its sentences' numbers, names and claims.
  const sa = sideOf(a, ia, p.a);
  const sb = sideOf(b, ib, p.b);
  const located = diffLocated(a.text, sa.span, b.text, sb.span);
  return {
    a: sa.span,
    b: sb.span,
    kind: 'reworded',
    moved: p.moved,
    discrepancies: findDiscrepancies(sa, sb, located),
    diff: toPlainDiff(located),
  };
}

/** Spans of the sentences no pair covers. */
function collectUnpaired(
  infos: readonly SentenceInfo[],
  ranges: ReadonlyArray<readonly [number, number]>,
): Span[] {
  const used = new Uint8Array(infos.length);
  for (const [first, last] of ranges) used.fill(1, first, last + 1);
  return infos.filter((_, k) => !used[k]).map((s) => s.span);
}

/**
 * Aligns two articles sentence by sentence and lists where they disagree: pairs (same or reworded, with a
 * word diff and discrepancies; `moved` when out of order), sentences only in A or only in B, and shares.
 */
export function compareArticles(
  a: CompareSide,
  b: CompareSide,
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): Comparison {
  return compareIndexed(a, b, options).comparison;
}

/** compareArticles plus each pair's sentence indices (pairs and indexPairs in the same order). */
export function compareIndexed(
  a: CompareSide,
  b: CompareSide,
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): { comparison: Comparison; indexPairs: readonly IndexPair[] } {
  const ia = describeSentences(a.text, a.analysis);
  const ib = describeSentences(b.text, b.analysis);
  const { threshold, movedThreshold, partThreshold } = options;
  const table = buildSimilarityTable(
    ia.map((s) => s.features),
    ib.map((s) => s.features),
    // Pairs below every threshold can never be aligned: dropping them keeps memory linear.
    Math.min(threshold, movedThreshold, partThreshold),
  );
  const indexPairs = alignSentences(table, options);
  const pairs = indexPairs.map((p) => buildPair(a, ia, b, ib, p));
  const onlyA = collectUnpaired(
    ia,
    indexPairs.map((p) => p.a),
  );
  const onlyB = collectUnpaired(
    ib,
    indexPairs.map((p) => p.b),
  );
  const share = (total: number, only: number) => (total === 0 ? 0 : (total - only) / total);
  const all = pairs.flatMap((p) => p.discrepancies);
  const comparison: Comparison = {
    pairs,
    onlyA,
    onlyB,
    summary: {
      sharedRatioA: share(ia.length, onlyA.length),
      sharedRatioB: share(ib.length, onlyB.length),
      counts: {
        same: pairs.filter((p) => p.kind === 'same').length,
        reworded: pairs.filter((p) => p.kind === 'reworded').length,
        moved: pairs.filter((p) => p.moved).length,
        onlyA: onlyA.length,
        onlyB: onlyB.length,
        conflicts: all.filter((d) => d.severity === 'conflict').length,
        differences: all.filter((d) => d.severity === 'difference').length,
      },
    },
  };
  return { comparison, indexPairs };
}

import type { AlignedPair, Comparison, Span } from '../../core/model';

/** One row of the two-column view: an aligned pair, or a sentence that only one article has. */
export type CompareRow =
  | Readonly<{ kind: 'pair'; key: string; pair: AlignedPair }>
  | Readonly<{ kind: 'onlyA'; key: string; span: Span }>
  | Readonly<{ kind: 'onlyB'; key: string; span: Span }>;

/**
 * Orders a comparison into rows for reading both articles top to bottom: pairs in A's order, each
 * A-only sentence where it stands in A, each B-only sentence just before the first in-order pair that
 * follows it in B (moved pairs do not place B-only sentences, since they sit out of B's order).
 */
export function buildCompareRows(comparison: Comparison): CompareRow[] {
  const pairs = [...comparison.pairs].sort((p, q) => p.a[0] - q.a[0]);
  const onlyA = [...comparison.onlyA].sort((p, q) => p[0] - q[0]);
  const onlyB = [...comparison.onlyB].sort((p, q) => p[0] - q[0]);
  const rows: CompareRow[] = [];
  let ia = 0;
  let ib = 0;
  const pushA = (before: number) => {
    for (; ia < onlyA.length && onlyA[ia]![0] < before; ia++)
      rows.push({ kind: 'onlyA', key: `a${onlyA[ia]![0]}`, span: onlyA[ia]! });
  };
  const pushB = (before: number) => {
    for (; ib < onlyB.length && onlyB[ib]![0] < before; ib++)
      rows.push({ kind: 'onlyB', key: `b${onlyB[ib]![0]}`, span: onlyB[ib]! });
  };
  for (const pair of pairs) {
    pushA(pair.a[0]);
    if (!pair.moved) pushB(pair.b[0]);
    rows.push({ kind: 'pair', key: `p${pair.a[0]}-${pair.b[0]}`, pair });
  }
  pushA(Infinity);
  pushB(Infinity);
  return rows;
}

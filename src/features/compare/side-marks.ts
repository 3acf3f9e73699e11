import type { AlignedPair, TextAnalysis } from '../../core/model';

/** A range of one article's clean text to paint in a compare column (offsets into that text). */
export type SideMark = Readonly<{
  id: string;
  start: number;
  end: number;
  kind: 'removed' | 'added' | 'discrepancy' | 'entity' | 'claim';
  className: string;
  title?: string;
}>;

/**
 * The word-diff marks of one side of a reworded pair: on A the removed words, on B the added ones, located by
 * walking the diff through that side's text. Empty when the diff does not spell the side's text exactly
 * (then the row shows plain text rather than marks in the wrong place).
 */
export function markDiff(pair: AlignedPair, side: 'a' | 'b', text: string): SideMark[] {
  if (pair.kind === 'same') return [];
  const own = side === 'a' ? 'removed' : 'added';
  const [start, end] = side === 'a' ? pair.a : pair.b;
  const marks: SideMark[] = [];
  let at = start;
  for (const seg of pair.diff) {
    if (seg.kind !== 'equal' && seg.kind !== own) continue;
    if (text.slice(at, at + seg.text.length) !== seg.text) return [];
    if (seg.kind === own)
      marks.push({
        id: `${own}-${at}`,
        start: at,
        end: at + seg.text.length,
        kind: own,
        className: `diff-${own}`,
      });
    at += seg.text.length;
  }
  return at === end ? marks : [];
}

/** Entity and claim marks of an analysis that fall inside `[from, to)`. */
export function markAnalysis(analysis: TextAnalysis, from: number, to: number): SideMark[] {
  const inside = (s: number, e: number) => s < to && e > from;
  return [
    ...analysis.claims
      .filter((c) => inside(c.start, c.end))
      .map((c): SideMark => ({
        id: `claim-${c.start}`,
        start: c.start,
        end: c.end,
        kind: 'claim',
        className: c.hedge ? 'hl-claim hl-claim-hedged' : 'hl-claim',
        title: c.hedge ? `Claim (hedged: ${c.hedge})` : 'Claim',
      })),
    ...analysis.entities
      .filter((e) => inside(e.start, e.end))
      .map((e): SideMark => ({
        id: `entity-${e.start}-${e.end}`,
        start: e.start,
        end: e.end,
        kind: 'entity',
        className: `hl-entity hl-entity-${e.type.toLowerCase()}`,
        title: `${e.type}: ${e.canonical}`,
      })),
  ];
}

/** A piece of text covered by the same marks throughout. */
export type MarkedPiece = Readonly<{ start: number; end: number; marks: readonly SideMark[] }>;

/** Cuts `[from, to)` at every mark boundary into gap-free pieces, each listing the marks that cover it. */
export function cutMarked(marks: readonly SideMark[], from: number, to: number): MarkedPiece[] {
  const points = new Set([from, to]);
  for (const m of marks) {
    if (m.start > from && m.start < to) points.add(m.start);
    if (m.end > from && m.end < to) points.add(m.end);
  }
  const cuts = [...points].sort((x, y) => x - y);
  const pieces: MarkedPiece[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [s, e] = [cuts[k]!, cuts[k + 1]!];
    pieces.push({ start: s, end: e, marks: marks.filter((m) => m.start <= s && m.end >= e) });
  }
  return pieces;
}

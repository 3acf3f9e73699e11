import type { AlignedPair, Annotation, TextAnalysis } from '../../core/model';
import type { Mark } from '../../lib/highlight';

/**
 * A range of one article's clean text to paint in a compare column (offsets into that text); `kind` is
 * removed | added | discrepancy | entity | claim, and `data.title` a hover hint.
 */
export type SideMark = Mark;

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
        className: c.hedge ? 'cmp-claim cmp-claim-hedged' : 'cmp-claim',
        data: { title: c.hedge ? `Claim (hedged: ${c.hedge})` : 'Claim' },
      })),
    ...analysis.entities
      .filter((e) => inside(e.start, e.end))
      .map((e): SideMark => ({
        id: `entity-${e.start}-${e.end}`,
        start: e.start,
        end: e.end,
        kind: 'entity',
        className: `cmp-entity cmp-entity-${e.type.toLowerCase()}`,
        data: { title: `${e.type.toLowerCase()}: ${e.canonical}` },
      })),
  ];
}

/** Marks for the analyst's annotations (placed ones only) inside `[from, to)`, titled with their notes. */
export function markAnnotations(annotations: readonly Annotation[], from: number, to: number): SideMark[] {
  return annotations
    .filter((n) => !n.target.orphaned && n.target.position.start < to && n.target.position.end > from)
    .map((n) => ({
      id: `note-${n.id}`,
      start: n.target.position.start,
      end: n.target.position.end,
      kind: 'annotation',
      className: 'cmp-annotation',
      data: { title: n.note || 'Annotation' },
    }));
}

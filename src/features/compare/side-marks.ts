import type { AlignedPair, Annotation, Claim, Entity, TextAnalysis } from '../../core/model';
import type { Mark } from '../../lib/highlight';
import { ENTITY_TYPE_NAMES } from '../../ui/entity-type-names';

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

const claimMark = (c: Claim): SideMark => ({
  id: `claim-${c.start}`,
  start: c.start,
  end: c.end,
  kind: 'claim',
  className: c.hedge ? 'cmp-claim cmp-claim-hedged' : 'cmp-claim',
  data: { title: c.hedge ? `Claim (hedged: ${c.hedge})` : 'Claim' },
});

const entityMark = (e: Entity): SideMark => ({
  id: `entity-${e.start}-${e.end}`,
  start: e.start,
  end: e.end,
  kind: 'entity',
  className: `cmp-entity cmp-entity-${e.type.toLowerCase()}`,
  data: { title: `${ENTITY_TYPE_NAMES[e.type]}: ${e.canonical}` },
});

/**
 * Indexes of a whole analysis's claims and entities (built once per side, then looked up per row). Marks are
 * made only for the rows that render: two 200 KB versions have ~25,000 findings, a screen shows a hundred.
 */
export function indexAnalysis(analysis: TextAnalysis): MarkIndex[] {
  return [indexSpans(analysis.claims, claimMark), indexSpans(analysis.entities, entityMark)];
}

/** Marks for the analyst's annotations (placed ones only), titled with their notes. */
export function annotationMarks(annotations: readonly Annotation[]): SideMark[] {
  return annotations
    .filter((n) => !n.target.orphaned)
    .map((n) => ({
      id: `note-${n.id}`,
      start: n.target.position.start,
      end: n.target.position.end,
      kind: 'annotation',
      className: 'cmp-annotation',
      data: { title: n.note || 'Annotation' },
    }));
}

type Spanned = Readonly<{ start: number; end: number }>;

/**
 * Ranges sorted by start with the running maximum of their ends, for range look-ups by binary search, and how
 * to make each one's mark when a row needs it.
 */
export type MarkIndex = Readonly<{
  items: readonly Spanned[];
  maxEnd: readonly number[];
  toMark: (item: Spanned) => SideMark;
}>;

function indexSpans<T extends Spanned>(items: readonly T[], toMark: (item: T) => SideMark): MarkIndex {
  const sorted = [...items].sort((p, q) => p.start - q.start || q.end - p.end);
  const maxEnd: number[] = [];
  let max = -Infinity;
  for (const m of sorted) maxEnd.push((max = Math.max(max, m.end)));
  return { items: sorted, maxEnd, toMark: toMark as (item: Spanned) => SideMark };
}

/** Sorts marks once so that each row finds its own in logarithmic time, not by filtering them all. */
export function indexMarks(marks: readonly SideMark[]): MarkIndex {
  return indexSpans(marks, (m) => m);
}

/** The first index in `[0, n)` where `test` turns true (it must be false, then true), or n. */
function firstWhere(n: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The indexed marks overlapping `[from, to)`: those starting before `to`, from the first whose running
 * maximum end passes `from` (nothing earlier can reach the range), keeping the ones that do.
 */
export function marksIn(index: MarkIndex, from: number, to: number): SideMark[] {
  const { items, maxEnd, toMark } = index;
  const first = firstWhere(items.length, (i) => maxEnd[i]! > from);
  const last = firstWhere(items.length, (i) => items[i]!.start >= to);
  const found: SideMark[] = [];
  for (let i = first; i < last; i++) if (items[i]!.end > from) found.push(toMark(items[i]!));
  return found;
}

import type { Annotation, Span } from '../../core/model';
import type { CompareRow } from './build-rows';

/** An annotation shown on a row, and where "Also in …" would copy it (null when the other side has it). */
export type RowAnnotation = Readonly<{ annotation: Annotation; side: 'a' | 'b'; copyTo: Span | null }>;

const overlaps = (a: Annotation, [s, e]: Span) =>
  !a.target.orphaned && a.target.position.start < e && a.target.position.end > s;

const sameContent = (x: Annotation, y: Annotation) =>
  x.note === y.note &&
  x.label === y.label &&
  x.tags.length === y.tags.length &&
  x.tags.every((t) => y.tags.includes(t));

/** Where on the other side the annotation belongs: its own words if they occur there, else the whole sentence. */
function placeOn(annotation: Annotation, text: string, [s, e]: Span): Span {
  const exact = annotation.target.quote.exact.trim();
  const at = exact === '' ? -1 : text.slice(s, e).indexOf(exact);
  return at < 0 ? [s, e] : [s + at, s + at + exact.length];
}

/**
 * The annotations on each aligned pair, by row index, each with the place on the other article where an
 * "Also in" copy would go, unless the aligned sentence there already carries one with the same note, label
 * and tags. Rows with only one side have nothing to copy to, so they list no annotations here.
 */
export function planAlsoIn(
  rows: readonly CompareRow[],
  annotations: Readonly<{ a: readonly Annotation[]; b: readonly Annotation[] }>,
  texts: Readonly<{ a: string; b: string }>,
): Map<number, RowAnnotation[]> {
  const plan = new Map<number, RowAnnotation[]>();
  rows.forEach((row, index) => {
    if (row.kind !== 'pair') return;
    const found: RowAnnotation[] = [];
    for (const side of ['a', 'b'] as const) {
      const other = side === 'a' ? 'b' : 'a';
      const there = annotations[other].filter((y) => overlaps(y, row.pair[other]));
      for (const x of annotations[side].filter((x) => overlaps(x, row.pair[side]))) {
        const present = there.some((y) => sameContent(x, y));
        found.push({
          annotation: x,
          side,
          copyTo: present ? null : placeOn(x, texts[other], row.pair[other]),
        });
      }
    }
    if (found.length > 0) plan.set(index, found);
  });
  return plan;
}

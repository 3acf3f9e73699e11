import type { Annotation } from './annotation';

/** The fields of an annotation the analyst edits in the editor. */
export type AnnotationEdit = Readonly<Pick<Annotation, 'note' | 'label' | 'tags'>>;

/**
 * Returns `base` with `edit` applied and a new `updatedAt`. The stamp is always later than the base's, even
 * when the clock is not, so `updatedAt` serves as the record's version for conflict checks.
 */
export function applyAnnotationEdit(base: Annotation, edit: AnnotationEdit, now: number): Annotation {
  return { ...base, ...edit, tags: [...edit.tags], updatedAt: Math.max(now, base.updatedAt + 1) };
}

/**
 * Whether two records of one annotation are the same version: the same `updatedAt` and the same content,
 * since some bulk writes (a tag or label merge elsewhere in the app) change tags or labels without a new stamp.
 */
export function isSameVersion(a: Annotation, b: Annotation): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.note === b.note &&
    a.label === b.label &&
    a.tags.length === b.tags.length &&
    a.tags.every((t, i) => t === b.tags[i]) &&
    a.target.orphaned === b.target.orphaned &&
    a.target.position.start === b.target.position.start &&
    a.target.position.end === b.target.position.end &&
    a.target.quote.exact === b.target.quote.exact
  );
}

/**
 * Three-way merge of two edits ("mine" and "theirs") made from the same `base`. A field only one side changed
 * takes that side's value. Notes both changed are both kept, theirs first. Tags keep every tag either side
 * added and lose only those one side removed and the other did not add. A label both changed is mine, since
 * only one fits.
 */
export function mergeAnnotationEdits(
  base: AnnotationEdit,
  mine: AnnotationEdit,
  theirs: AnnotationEdit,
): AnnotationEdit {
  const note =
    mine.note === base.note || mine.note === theirs.note
      ? theirs.note
      : theirs.note === base.note
        ? mine.note
        : [theirs.note, mine.note].filter((n) => n.trim() !== '').join('\n\n');
  const label = mine.label === base.label ? theirs.label : mine.label;
  const had = new Set(base.tags);
  const mineSet = new Set(mine.tags);
  const theirSet = new Set(theirs.tags);
  const tags = [
    ...theirs.tags.filter((t) => mineSet.has(t) || !had.has(t)),
    ...mine.tags.filter((t) => !theirSet.has(t) && !had.has(t)),
  ];
  return { note, label, tags };
}

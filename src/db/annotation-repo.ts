import { isSameVersion, type Annotation } from '../core/model';
import { db } from './schema';

/** Stores a new annotation and returns it as stored. */
export async function addAnnotation(annotation: Annotation): Promise<Annotation> {
  await db.annotations.add(annotation);
  return annotation;
}

/**
 * Puts an annotation back exactly as given (undo of a delete or an edit), replacing any record with its id.
 */
export async function putAnnotation(annotation: Annotation): Promise<Annotation> {
  await db.annotations.put(annotation);
  return annotation;
}

/** How a checked write ended: stored, refused because the record changed meanwhile, or refused as it is gone. */
export type CheckedWrite =
  | Readonly<{ status: 'saved'; annotation: Annotation }>
  | Readonly<{ status: 'changed'; current: Annotation }>
  | Readonly<{ status: 'deleted' }>;

/**
 * Stores `next` in place of the annotation only if the stored record is still the version `expected`, checked
 * and written in one transaction, so an edit saved meanwhile in another tab is never
 * overwritten unseen. On a mismatch nothing is written and the stored record is returned.
 */
export async function replaceAnnotation(expected: Annotation, next: Annotation): Promise<CheckedWrite> {
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(expected.id);
    if (!current) return { status: 'deleted' } as const;
    if (!isSameVersion(current, expected)) return { status: 'changed', current } as const;
    await db.annotations.put(next);
    return { status: 'saved', annotation: next } as const;
  });
}

/** How a checked delete ended: deleted, refused because the record changed meanwhile, or already gone. */
export type CheckedDelete =
  | Readonly<{ status: 'removed'; annotation: Annotation }>
  | Readonly<{ status: 'changed'; current: Annotation }>
  | Readonly<{ status: 'deleted' }>;

/**
 * Deletes the annotation only if the stored record is still the version `expected`, checked and deleted in one
 * transaction: an edit saved meanwhile in another tab is never deleted unseen (its record is returned).
 */
export async function deleteAnnotationVersion(expected: Annotation): Promise<CheckedDelete> {
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(expected.id);
    if (!current) return { status: 'deleted' } as const;
    if (!isSameVersion(current, expected)) return { status: 'changed', current } as const;
    await db.annotations.delete(expected.id);
    return { status: 'removed', annotation: current } as const;
  });
}

/** Deletes an annotation; returns what was deleted (for undo), or null when there was nothing to delete. */
export async function deleteAnnotation(id: string): Promise<Annotation | null> {
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current) return null;
    await db.annotations.delete(id);
    return current;
  });
}

/** Sorts annotations in reading order: by where they start, then where they end, then age. */
export function sortInTextOrder(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort(
    (a, b) =>
      a.target.position.start - b.target.position.start ||
      a.target.position.end - b.target.position.end ||
      a.createdAt - b.createdAt,
  );
}

/** The annotations of one article in text order (orphaned ones by their last known place). */
export async function listAnnotationsByArticle(articleId: string): Promise<Annotation[]> {
  return sortInTextOrder(await db.annotations.where('articleId').equals(articleId).toArray());
}

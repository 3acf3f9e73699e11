import type { Annotation } from '../core/model';
import { db } from './schema';

/** Fields of an annotation the analyst can change after creating it. */
export type AnnotationPatch = Readonly<Partial<Pick<Annotation, 'note' | 'label' | 'tags' | 'target'>>>;

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

/** Applies `patch` to a stored annotation; returns the new record, or null when it no longer exists. */
export async function updateAnnotation(
  id: string,
  patch: AnnotationPatch,
  now: number = Date.now(),
): Promise<Annotation | null> {
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current) return null;
    const next: Annotation = { ...current, ...patch, updatedAt: now };
    await db.annotations.put(next);
    return next;
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

/** Every annotation in the library (for search and exports). */
export async function listAllAnnotations(): Promise<Annotation[]> {
  return db.annotations.toArray();
}

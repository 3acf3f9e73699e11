import type { Correction } from '../core/model';
import { db } from './schema';

/** Stores (or replaces, by id) corrections made together in one transaction and returns them. */
export async function saveCorrections(corrections: readonly Correction[]): Promise<readonly Correction[]> {
  await db.corrections.bulkPut([...corrections]);
  return corrections;
}

/** Deletes corrections by id in one transaction; returns those that existed (for undo). */
export async function deleteCorrections(ids: readonly string[]): Promise<Correction[]> {
  return db.transaction('rw', db.corrections, async () => {
    const current = (await db.corrections.bulkGet([...ids])).filter((c) => c !== undefined);
    await db.corrections.bulkDelete(current.map((c) => c.id));
    return current;
  });
}

const oldestFirst = (list: Correction[]): Correction[] => list.sort((a, b) => a.createdAt - b.createdAt);

/**
 * The corrections that hold in one article, oldest first (the order `applyCorrections` lets the latest win
 * in): its own and the library-wide ones made in any article.
 */
export async function listArticleCorrections(articleId: string): Promise<Correction[]> {
  const [own, wide] = await Promise.all([
    db.corrections.where('articleId').equals(articleId).toArray(),
    db.corrections.where('scope').equals('library').toArray(),
  ]);
  const ids = new Set(own.map((c) => c.id));
  return oldestFirst([...own, ...wide.filter((c) => !ids.has(c.id))]);
}

/** Every correction in the library, oldest first (for the entity index and search across articles). */
export async function listAllCorrections(): Promise<Correction[]> {
  return oldestFirst(await db.corrections.toArray());
}

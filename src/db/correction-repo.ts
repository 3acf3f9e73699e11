import type { Correction } from '../core/model';
import { db } from './schema';

/** Stores (or replaces, by id) a correction and returns it. */
export async function saveCorrection(correction: Correction): Promise<Correction> {
  await db.corrections.put(correction);
  return correction;
}

/** Deletes a correction; returns it (for undo), or null when it did not exist. */
export async function deleteCorrection(id: string): Promise<Correction | null> {
  return db.transaction('rw', db.corrections, async () => {
    const current = await db.corrections.get(id);
    if (!current) return null;
    await db.corrections.delete(id);
    return current;
  });
}

/** The corrections of one article, oldest first (the order `applyCorrections` lets the latest win in). */
export async function listCorrectionsByArticle(articleId: string): Promise<Correction[]> {
  const list = await db.corrections.where('articleId').equals(articleId).toArray();
  return list.sort((a, b) => a.createdAt - b.createdAt);
}

/** Every correction in the library, oldest first (for the entity index across articles). */
export async function listAllCorrections(): Promise<Correction[]> {
  const list = await db.corrections.toArray();
  return list.sort((a, b) => a.createdAt - b.createdAt);
}

import type { Correction } from '../core/model';
import { db } from './schema';

/** The analyst's corrections for one article (to apply over its stored analysis). */
export async function listArticleCorrections(articleId: string): Promise<Correction[]> {
  return db.corrections.where('articleId').equals(articleId).toArray();
}

/** Every correction in the library (for the entity index across articles). */
export async function listAllCorrections(): Promise<Correction[]> {
  return db.corrections.toArray();
}

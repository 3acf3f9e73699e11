import type { Annotation } from '../core/model';
import { validateSavedSearchIndex, type SavedSearchIndex } from './records/search-index-record';
import { db } from './schema';

/** The saved search index, or null when there is none or it is unsound (the worker then rebuilds). */
export async function loadSavedSearchIndex(): Promise<SavedSearchIndex | null> {
  const record = await db.searchIndex.get('articles');
  return record && validateSavedSearchIndex(record).length === 0 ? record : null;
}

/** Whether a search index is saved (without reading it). */
export async function hasSavedSearchIndex(): Promise<boolean> {
  return (await db.searchIndex.count()) > 0;
}

/** Saves the search index (replacing the previous one). */
export async function saveSearchIndex(record: SavedSearchIndex): Promise<void> {
  await db.searchIndex.put(record);
}

/**
 * What a stored article's entry in the index depends on: its text, by hash. (Its title too, but a title is
 * read from the text and changes only with it.)
 */
export const articleStamp = (meta: Readonly<{ contentHash: string }>): string => meta.contentHash;

/**
 * The current stamp of every stored article and every annotation, to compare with a saved index's. The
 * articles' stamps are read from the content hash index alone (its keys and their articles' ids, in one
 * transaction): no article record is read.
 */
export async function readSearchStamps(): Promise<{
  articles: Map<string, string>;
  annotations: Annotation[];
}> {
  return db.transaction('r', [db.articles, db.annotations], async () => {
    const byHash = db.articles.orderBy('contentHash');
    const [hashes, ids, annotations] = await Promise.all([
      byHash.keys(),
      byHash.clone().primaryKeys(),
      db.annotations.toArray(),
    ]);
    return { articles: new Map(ids.map((id, i) => [id, String(hashes[i])])), annotations };
  });
}

import { SearchIndex } from '../core/search';
import type { SavedSearchIndex } from '../db/records/search-index-record';
import { loadSavedSearchIndex, readSearchStamps, saveSearchIndex } from '../db/search-index-repo';
import { readSearchableArticles } from '../db/search-repo';
import type { SearchProgress } from './search-commands';

/** The layout of a saved index (a `PackedIndex`); another one is rebuilt. */
export const SAVED_INDEX_FORMAT = 2;

// Articles read from the database per step of a (re)indexing: each step reports progress.
const CHUNK = 250;

/** An index with the stamp of every document it holds, as it was saved or is about to be. */
export type StampedIndex = {
  index: SearchIndex;
  /** Article id → stamp (`articleStamp`) of the version indexed. */
  articles: Map<string, string>;
  /** Annotation id → last edit time of the note indexed. */
  notes: Map<string, number>;
};

function loadSaved(saved: SavedSearchIndex | null): StampedIndex | null {
  if (!saved || saved.format !== SAVED_INDEX_FORMAT) return null;
  return {
    index: new SearchIndex(saved.packed),
    articles: new Map(Object.entries(saved.articles)),
    notes: new Map(Object.entries(saved.notes)),
  };
}

/**
 * The saved index brought up to date with the database (or, without one, a new index of every article):
 * articles stored, replaced or deleted since it was saved, even while no worker ran, are found by their
 * stamps and indexed again. `changed` says whether it differs from what is saved.
 */
export async function openSearchIndex(
  onProgress: (p: SearchProgress) => void,
): Promise<StampedIndex & { changed: boolean }> {
  const [saved, current] = await Promise.all([loadSavedSearchIndex(), readSearchStamps()]);
  const stamped = loadSaved(saved) ?? { index: new SearchIndex(), articles: new Map(), notes: new Map() };
  const { index, articles, notes } = stamped;
  const gone = [...articles.keys()].filter((id) => !current.articles.has(id));
  index.removeArticles(gone);
  for (const id of gone) articles.delete(id);
  const stale = [...current.articles].filter(([id, stamp]) => articles.get(id) !== stamp).map(([id]) => id);
  onProgress({ indexed: 0, total: stale.length });
  for (let i = 0; i < stale.length; i += CHUNK) {
    for (const article of await readSearchableArticles(stale.slice(i, i + CHUNK))) {
      index.upsertArticle(article);
      articles.set(article.id, article.stamp);
    }
    onProgress({ indexed: Math.min(i + CHUNK, stale.length), total: stale.length });
  }
  // Notes are few: every one is indexed again (a loaded index keeps no note texts for snippets).
  const noteIds = new Set(current.annotations.map((a) => a.id));
  const notesGone = [...notes.keys()].filter((id) => !noteIds.has(id));
  for (const id of notesGone) {
    index.removeAnnotation(id);
    notes.delete(id);
  }
  let notesChanged = notesGone.length > 0;
  for (const annotation of current.annotations) {
    index.upsertAnnotation(annotation);
    if (notes.get(annotation.id) !== annotation.updatedAt) notesChanged = true;
    notes.set(annotation.id, annotation.updatedAt);
  }
  const changed = !saved || gone.length > 0 || stale.length > 0 || notesChanged;
  return { index, articles, notes, changed };
}

/**
 * Saves the index with its stamps, for the next session to load instead of rebuilding. Packing it (merging
 * the changes into the packed bulk) is also what keeps this session's queries on the fast path.
 */
export async function saveStampedIndex({ index, articles, notes }: StampedIndex): Promise<void> {
  await saveSearchIndex({
    key: 'articles',
    format: SAVED_INDEX_FORMAT,
    packed: index.pack(),
    articles: Object.fromEntries(articles),
    notes: Object.fromEntries(notes),
    savedAt: Date.now(),
  });
}

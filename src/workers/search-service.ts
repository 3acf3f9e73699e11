import type { Annotation } from '../core/model';
import { keepPhraseHits, matchOf, type SearchHit } from '../core/search';
import { hasSavedSearchIndex } from '../db/search-index-repo';
import { readResultRows, readSearchableArticles } from '../db/search-repo';
import type { Handlers } from './rpc';
import type { SearchCommands, SearchProgress, SearchRow } from './search-commands';
import { openSearchIndex, saveStampedIndex, type StampedIndex } from './search-index-sync';

/** How long the index must stay unchanged before it is saved (an import changes it chunk after chunk). */
const SAVE_AFTER_MS = 3000;

/**
 * The search commands over one index, loaded from its saved copy (or built) on the first search and resynced
 * with the database. Commands run one at a time in the order they arrive, so a search sees every change sent
 * before it, and a change sent during a load is applied after it. A change before the first search is
 * skipped: the database holds it, and the stamps find it. The index is saved a while after its last change.
 */
export function createSearchHandlers(
  onProgress: (p: SearchProgress) => void,
  { saveAfterMs = SAVE_AFTER_MS } = {},
): Handlers<SearchCommands> {
  let state: StampedIndex | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  // The last search's hits by article, for the snippets of the results on screen.
  let last: { query: string; hits: Map<string, SearchHit> } | null = null;
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  };
  const save = () => {
    const saving = state;
    if (saving)
      void serial(() => saveStampedIndex(saving)).catch((e: unknown) =>
        console.warn('The search index could not be saved', e),
      );
  };
  const scheduleSave = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      saveTimer = null;
      save();
    }, saveAfterMs);
  };
  const open = async (): Promise<StampedIndex> => {
    if (state) return state;
    const opened = await openSearchIndex(onProgress);
    state = opened;
    // Saved right after the search that built or resynced it (the save queues behind that search), so a
    // session closed soon after does not lose the work.
    if (opened.changed) save();
    return opened;
  };
  const change = (apply: (s: StampedIndex) => Promise<void> | void) =>
    serial(async () => {
      if (!state) return;
      await apply(state);
      last = null;
      scheduleSave();
    });
  const runSearch = async (query: string): Promise<Map<string, SearchHit>> => {
    if (last?.query === query) return last.hits;
    const { index } = await open();
    const { hits, phrases } = index.searchWords(query);
    let kept = hits;
    if (phrases.length > 0) {
      const texts = new Map(
        (await readSearchableArticles(hits.map((h) => h.articleId))).map((a) => [a.id, a.text]),
      );
      kept = keepPhraseHits(
        hits,
        phrases,
        (id) => texts.get(id) ?? '',
        (id) => index.noteOf(id)?.note ?? '',
      );
    }
    last = { query, hits: new Map(kept.map((h) => [h.articleId, h])) };
    return last.hits;
  };
  const readRows = async (query: string, ids: readonly string[]): Promise<SearchRow[]> => {
    const hits = query ? await runSearch(query) : new Map<string, SearchHit>();
    return (await readResultRows(ids)).map(({ text, ...row }) => {
      const hit = hits.get(row.articleId);
      return { ...row, match: hit ? matchOf(hit, text, state!.index) : null };
    });
  };
  const removeNotes = (s: StampedIndex, ids: readonly string[]) => {
    for (const id of ids) {
      s.index.removeAnnotation(id);
      s.notes.delete(id);
    }
  };
  return {
    search: ({ query, rows = 0 }) =>
      serial(async () => {
        const ids = [...(await runSearch(query)).keys()];
        return { ids, rows: await readRows(query, ids.slice(0, rows)) };
      }),
    rows: ({ query, ids }) => serial(() => readRows(query, ids)),
    warm: () =>
      serial(async () => {
        if (!state && (await hasSavedSearchIndex())) await open();
      }),
    upsertArticles: ({ ids }) =>
      change(async (s) => {
        const found = await readSearchableArticles(ids);
        for (const article of found) {
          s.index.upsertArticle(article);
          s.articles.set(article.id, article.stamp);
        }
        const stored = new Set(found.map((a) => a.id));
        const gone = ids.filter((id) => !stored.has(id));
        s.index.removeArticles(gone);
        for (const id of gone) s.articles.delete(id);
      }),
    removeArticles: ({ ids }) =>
      change((s) => {
        const gone = new Set(ids);
        // Their notes go with them (the index drops them too).
        removeNotes(s, s.index.noteIdsOf(gone));
        s.index.removeArticles(ids);
        for (const id of ids) s.articles.delete(id);
      }),
    upsertAnnotations: ({ annotations }) =>
      change((s) => {
        for (const annotation of annotations as Annotation[]) {
          s.index.upsertAnnotation(annotation);
          s.notes.set(annotation.id, annotation.updatedAt);
        }
      }),
    removeAnnotation: ({ id }) => change((s) => removeNotes(s, [id])),
    reset: () =>
      serial(async () => {
        if (saveTimer) clearTimeout(saveTimer);
        saveTimer = null;
        state = null;
        last = null;
      }),
  };
}

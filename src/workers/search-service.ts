import type { Annotation } from '../core/model';
import { findMatches, SearchIndex } from '../core/search';
import { listAllAnnotations } from '../db/annotation-repo';
import { listSearchableIds, readSearchableArticles } from '../db/search-repo';
import type { Handlers } from './rpc';
import type { SearchCommands, SearchProgress } from './search-commands';

// Articles read from the database per step of a build: each step reports progress.
const CHUNK = 250;

async function buildIndex(onProgress: (p: SearchProgress) => void): Promise<SearchIndex> {
  const ids = await listSearchableIds();
  const index = new SearchIndex();
  onProgress({ indexed: 0, total: ids.length });
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const article of await readSearchableArticles(ids.slice(i, i + CHUNK))) index.upsertArticle(article);
    onProgress({ indexed: Math.min(i + CHUNK, ids.length), total: ids.length });
  }
  upsertAnnotations(index, await listAllAnnotations());
  return index;
}

function upsertAnnotations(index: SearchIndex, annotations: readonly Annotation[]): void {
  for (const annotation of annotations) index.upsertAnnotation(annotation);
}

/**
 * The search commands over one index, built from the database on the first search. Commands run one at a
 * time in the order they arrive, so a search sees every change sent before it, and a change sent during a
 * build is applied after it. A change before the first build is skipped: the database already holds it.
 */
export function createSearchHandlers(onProgress: (p: SearchProgress) => void): Handlers<SearchCommands> {
  let index: SearchIndex | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  };
  const change = (apply: (index: SearchIndex) => Promise<void> | void) =>
    serial(async () => {
      if (index) await apply(index);
    });
  return {
    search: ({ query }) =>
      serial(async () => {
        index ??= await buildIndex(onProgress);
        return findMatches(index, query);
      }),
    upsertArticles: ({ ids }) =>
      change(async (i) => {
        const found = await readSearchableArticles(ids);
        for (const article of found) i.upsertArticle(article);
        const stored = new Set(found.map((a) => a.id));
        i.removeArticles(ids.filter((id) => !stored.has(id)));
      }),
    removeArticles: ({ ids }) => change((i) => i.removeArticles(ids)),
    upsertAnnotations: ({ annotations }) => change((i) => upsertAnnotations(i, annotations)),
    removeAnnotation: ({ id }) => change((i) => i.removeAnnotation(id)),
    reset: () =>
      serial(async () => {
        index = null;
      }),
  };
}

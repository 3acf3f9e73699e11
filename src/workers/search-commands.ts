import type { SearchMatch } from '../core/search';
import type { Annotation } from '../core/model';

/** How far the search worker has got building its index: articles indexed of those stored. */
export type SearchProgress = Readonly<{ indexed: number; total: number }>;

/**
 * The typed commands the search worker answers. Changes name articles by id and the worker reads their texts
 * from the database itself, so no article text crosses postMessage; a search returns ids and snippets only.
 */
export type SearchCommands = {
  search: { input: Readonly<{ query: string }>; output: readonly SearchMatch[] };
  /** Articles stored or replaced (the worker reads them; ids no longer stored are dropped). */
  upsertArticles: { input: Readonly<{ ids: readonly string[] }>; output: void };
  removeArticles: { input: Readonly<{ ids: readonly string[] }>; output: void };
  upsertAnnotations: { input: Readonly<{ annotations: readonly Annotation[] }>; output: void };
  removeAnnotation: { input: Readonly<{ id: string }>; output: void };
  /** Forgets the index after a bulk change (restore, clear): the next search builds it anew. */
  reset: { input: Readonly<Record<string, never>>; output: void };
};

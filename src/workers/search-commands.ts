import type { SearchMatch } from '../core/search';
import type { Annotation } from '../core/model';

/** How far the search worker has got building its index: articles indexed of those stored. */
export type SearchProgress = Readonly<{ indexed: number; total: number }>;

/**
 * The typed commands the search worker answers. Changes name articles by id and the worker reads their texts
 * from the database itself, so no article text crosses postMessage; a search returns ids only, and snippets
 * are asked for the results on screen.
 */
export type SearchCommands = {
  /** Ids of the matching articles, best first. */
  search: { input: Readonly<{ query: string }>; output: readonly string[] };
  /** The snippet of each of `ids` among the matches of `query` (ids that do not match are left out). */
  snippets: { input: Readonly<{ query: string; ids: readonly string[] }>; output: readonly SearchMatch[] };
  /** Articles stored or replaced (the worker reads them; ids no longer stored are dropped). */
  upsertArticles: { input: Readonly<{ ids: readonly string[] }>; output: void };
  removeArticles: { input: Readonly<{ ids: readonly string[] }>; output: void };
  upsertAnnotations: { input: Readonly<{ annotations: readonly Annotation[] }>; output: void };
  removeAnnotation: { input: Readonly<{ id: string }>; output: void };
  /** Forgets the index after a bulk change (restore, clear): the next search resyncs it with the database. */
  reset: { input: Readonly<Record<string, never>>; output: void };
};

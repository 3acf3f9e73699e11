import type { SearchMatch } from '../core/search';
import type { Annotation } from '../core/model';

/** One result as its row shows it: the article's title, outlet and date, and the passage that matched. */
export type SearchRow = Readonly<{
  articleId: string;
  title: string;
  source: string | null;
  /** The agency a syndicated copy came from, shown as "Agency via Outlet". */
  agency?: string;
  date: string | null;
  /** Null without a query or when the article no longer matches it. */
  match: SearchMatch | null;
}>;

/** How far the search worker has got building its index: articles indexed of those stored. */
export type SearchProgress = Readonly<{ indexed: number; total: number }>;

/**
 * The typed commands the search worker answers. Changes name articles by id and the worker reads their texts
 * from the database itself, so no article text crosses postMessage; a search returns ids only, and snippets
 * are asked for the results on screen.
 */
export type SearchCommands = {
  /**
   * Ids of the matching articles, best first, and the rows of the first `rows` of them (the first screen,
   * sent with the answer to save a round trip).
   */
  search: {
    input: Readonly<{ query: string; rows?: number }>;
    output: Readonly<{ ids: readonly string[]; rows: readonly SearchRow[] }>;
  };
  /** The rows of `ids` (those still stored), with their passages matching `query`: the results on screen. */
  rows: { input: Readonly<{ query: string; ids: readonly string[] }>; output: readonly SearchRow[] };
  /** Loads the saved index ahead of the first search, when there is one (an app start, at idle). */
  warm: { input: Readonly<Record<string, never>>; output: void };
  /** Articles stored or replaced (the worker reads them; ids no longer stored are dropped). */
  upsertArticles: { input: Readonly<{ ids: readonly string[] }>; output: void };
  removeArticles: { input: Readonly<{ ids: readonly string[] }>; output: void };
  upsertAnnotations: { input: Readonly<{ annotations: readonly Annotation[] }>; output: void };
  removeAnnotation: { input: Readonly<{ id: string }>; output: void };
  /** Forgets the index after a bulk change (restore, clear): the next search resyncs it with the database. */
  reset: { input: Readonly<Record<string, never>>; output: void };
};

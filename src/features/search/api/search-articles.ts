import { queryOptions, useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { ArticleMeta } from '../../../core/model';
import type { Snippet } from '../../../core/search';
import { loadFilterFacts } from '../../../db/search-repo';
import { searchKeys } from '../../../lib/query-keys';
import { getSearchClient, getSearchProgress, subscribeSearchProgress } from '../../../workers/search-client';
import { matchesFilters, type SearchParams } from '../search-params';

/** One result: the article, the passage that matched (text or a note) and where to scroll. */
export type SearchResult = Readonly<{
  article: ArticleMeta;
  snippet: Snippet | null;
  /** True when the passage comes from an annotation note rather than the text. */
  fromNote: boolean;
}>;

async function runSearch(p: SearchParams): Promise<SearchResult[]> {
  // The index lives in the search worker; only ids and snippets come back.
  const [matches, facts] = await Promise.all([
    p.q ? getSearchClient().call('search', { query: p.q }) : null,
    loadFilterFacts(Boolean(p.entity)),
  ]);
  const passing = new Map(facts.filter((f) => matchesFilters(f, p)).map((f) => [f.meta.id, f.meta]));
  if (!matches) return [...passing.values()].map((article) => ({ article, snippet: null, fromNote: false }));
  return matches.flatMap(({ articleId, snippet, fromNote }) => {
    const article = passing.get(articleId);
    return article ? [{ article, snippet, fromNote }] : [];
  });
}

/** Query options for one search; the URL's parameters are its key, so a bookmarked search reruns. */
export const searchQuery = (p: SearchParams) =>
  queryOptions({
    queryKey: searchKeys.results(JSON.stringify(p)),
    queryFn: () => runSearch(p),
    staleTime: 0,
  });

/** Articles matching the query and filters, best first, with the passage to show. */
export function useSearch(p: SearchParams) {
  return useQuery(searchQuery(p));
}

/** How far the search index build has got (articles indexed of those stored), or null before any build. */
export function useSearchIndexProgress() {
  return useSyncExternalStore(subscribeSearchProgress, getSearchProgress);
}

import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { ArticleMeta } from '../../../core/model';
import type { SearchMatch } from '../../../core/search';
import { searchKeys } from '../../../lib/query-keys';
import { getSearchClient, getSearchProgress, subscribeSearchProgress } from '../../../workers/search-client';
import { matchesFilters, type SearchParams } from '../search-params';
import { getFilterFacts } from './filter-facts';

/** One result: a matching article that passes the filters (its snippet is read when it is on screen). */
export type SearchResult = Readonly<{ article: ArticleMeta }>;

async function runSearch(queryClient: QueryClient, p: SearchParams): Promise<SearchResult[]> {
  // The index lives in the search worker; only ids come back. The filters' facts are cached (getFilterFacts).
  const [ids, facts] = await Promise.all([
    p.q ? getSearchClient().call('search', { query: p.q }) : null,
    getFilterFacts(queryClient, Boolean(p.entity)),
  ]);
  const passing = new Map(facts.filter((f) => matchesFilters(f, p)).map((f) => [f.meta.id, f.meta]));
  if (!ids) return [...passing.values()].map((article) => ({ article }));
  return ids.flatMap((id) => {
    const article = passing.get(id);
    return article ? [{ article }] : [];
  });
}

/** Query options for one search; the URL's parameters are its key, so a bookmarked search reruns. */
export const searchQuery = (queryClient: QueryClient, p: SearchParams) =>
  queryOptions({
    queryKey: searchKeys.results(JSON.stringify(p)),
    queryFn: () => runSearch(queryClient, p),
    staleTime: 0,
  });

/** Articles matching the query and filters, best first. */
export function useSearch(p: SearchParams) {
  return useQuery(searchQuery(useQueryClient(), p));
}

/** The passage of one result that matched `query` (text or a note), read when the result is on screen. */
export function useSnippet(query: string, articleId: string) {
  return useQuery({
    queryKey: searchKeys.snippet(query, articleId),
    queryFn: async (): Promise<SearchMatch | null> =>
      (await getSearchClient().call('snippets', { query, ids: [articleId] }))[0] ?? null,
    enabled: query !== '',
    staleTime: 0,
  });
}

/** How far the search index build has got (articles indexed of those stored), or null before any build. */
export function useSearchIndexProgress() {
  return useSyncExternalStore(subscribeSearchProgress, getSearchProgress);
}

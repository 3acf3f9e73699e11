import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { searchKeys } from '../../../lib/query-keys';
import {
  getSearchClient,
  getSearchProgress,
  subscribeSearchProgress,
  type SearchRow,
} from '../../../workers/search-client';
import { FILTER_NAMES, matchesFilters, type SearchParams } from '../search-params';
import { getFilterFacts } from './filter-facts';

/**
 * The ids of the articles matching the query and passing the filters, best first. The index lives in the
 * search worker and only ids come back; the filters' facts are read (and cached, `getFilterFacts`) only when
 * a filter is set, so a plain query reads nothing on this thread.
 */
async function runSearch(queryClient: QueryClient, p: SearchParams): Promise<readonly string[]> {
  const filtered = FILTER_NAMES.some((name) => p[name]);
  const [ids, facts] = await Promise.all([
    p.q ? getSearchClient().call('search', { query: p.q }) : null,
    filtered || !p.q ? getFilterFacts(queryClient, Boolean(p.entity)) : null,
  ]);
  if (!facts) return ids ?? [];
  const passing = facts.filter((f) => matchesFilters(f, p)).map((f) => f.meta.id);
  if (!ids) return passing;
  const kept = new Set(passing);
  return ids.filter((id) => kept.has(id));
}

/** Query options for one search; the URL's parameters are its key, so a bookmarked search reruns. */
export const searchQuery = (queryClient: QueryClient, p: SearchParams) =>
  queryOptions({
    queryKey: searchKeys.results(JSON.stringify(p)),
    queryFn: () => runSearch(queryClient, p),
    staleTime: 0,
  });

/** Ids of the articles matching the query and filters, best first. */
export function useSearch(p: SearchParams) {
  return useQuery(searchQuery(useQueryClient(), p));
}

/**
 * One result's row (title, outlet, date and the passage that matched `query`, in its text or a note), read
 * from the search worker when the row is on screen.
 */
export function useResultRow(query: string, articleId: string) {
  return useQuery({
    queryKey: searchKeys.row(query, articleId),
    queryFn: async (): Promise<SearchRow | null> =>
      (await getSearchClient().call('rows', { query, ids: [articleId] }))[0] ?? null,
    staleTime: 0,
  });
}

/** How far the search index build has got (articles indexed of those stored), or null before any build. */
export function useSearchIndexProgress() {
  return useSyncExternalStore(subscribeSearchProgress, getSearchProgress);
}

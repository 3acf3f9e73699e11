import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { buildOutletNamer } from '../../../core/outlets';
import { searchKeys } from '../../../lib/query-keys';
import { outletRecordsQuery } from '../../../queries/outlets';
import {
  getSearchClient,
  getSearchProgress,
  subscribeSearchProgress,
  type SearchRow,
} from '../../../workers/search-client';
import { FILTER_NAMES, matchesFilters, type SearchParams } from '../search-params';
import { getFilterFacts } from './filter-facts';

// Rows the worker sends with a search's ids: the first screen's, so it shows without another round trip.
const FIRST_ROWS = 12;

/** The ids of the articles matching `query`, best first; the first rows go to the query cache. */
async function searchIds(queryClient: QueryClient, query: string): Promise<readonly string[]> {
  const { ids, rows } = await getSearchClient().call('search', { query, rows: FIRST_ROWS });
  // Rows of an earlier run of this query may be out of date: they are read again when shown.
  queryClient.removeQueries({ queryKey: searchKeys.rows(query) });
  for (const row of rows) queryClient.setQueryData(searchKeys.row(query, row.articleId), row);
  return ids;
}

/**
 * The ids of the articles matching the query and passing the filters, best first. The index lives in the
 * search worker and only ids come back; the filters' facts are read (and cached, `getFilterFacts`) only when
 * a filter is set, so a plain query reads nothing on this thread.
 */
async function runSearch(queryClient: QueryClient, p: SearchParams): Promise<readonly string[]> {
  const filtered = FILTER_NAMES.some((name) => p[name]);
  const [ids, facts, records] = await Promise.all([
    p.q ? searchIds(queryClient, p.q) : null,
    filtered || !p.q ? getFilterFacts(queryClient, Boolean(p.entity)) : null,
    p.source ? queryClient.fetchQuery(outletRecordsQuery()) : [],
  ]);
  if (!facts) return ids ?? [];
  const outlets = buildOutletNamer(records);
  const passing = facts.filter((f) => matchesFilters(f, p, outlets)).map((f) => f.meta.id);
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
    // Fresh for as long as its search: each run of the search drops the rows of the one before.
    staleTime: Infinity,
  });
}

/** How far the search index build has got (articles indexed of those stored), or null before any build. */
export function useSearchIndexProgress() {
  return useSyncExternalStore(subscribeSearchProgress, getSearchProgress);
}

import type { QueryClient } from '@tanstack/react-query';
import { prepareCompareWorker } from '../../../workers/jobs-client';
import { compareSidesQuery, parseCompareIds } from './get-compare-sides';

/**
 * Starts the compare view's work as soon as its URL (`?ids=…`) is entered, while the view's code loads: the
 * worker that will align the articles, and the reading of the articles with their analyses.
 */
export function prefetchCompare(queryClient: QueryClient, search: URLSearchParams): void {
  prepareCompareWorker();
  const ids = parseCompareIds(search.get('ids'));
  // The view drops its sides as soon as it closes (gcTime 0); read ahead, they must wait for the view to
  // mount and hold them, which takes a while on a busy machine: they are kept up to 5 s.
  if (ids.length >= 2) void queryClient.prefetchQuery({ ...compareSidesQuery(ids), gcTime: 5_000 });
}

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
  if (ids.length >= 2) void queryClient.prefetchQuery(compareSidesQuery(ids));
}

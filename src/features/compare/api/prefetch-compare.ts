import type { QueryClient } from '@tanstack/react-query';
import { prepareCompareWorker } from '../../../workers/jobs-client';
import { comparisonQuery } from './get-comparison';
import { compareSidesQuery, parseCompareIds } from './get-compare-sides';

// The view drops its sides and alignment as soon as it closes (gcTime 0); read ahead, they must wait for the
// view to mount and hold them, which takes a while on a busy machine: they are kept up to 5 s.
const HELD_FOR_VIEW_MS = 5_000;

/**
 * Starts the compare view's work as soon as its URL (`?ids=…`) is entered, while the view's code loads: the
 * worker that will align the articles, the reading of the articles with their analyses, and, for two
 * articles, their alignment as soon as they are read (not once the view has rendered them).
 */
export function prefetchCompare(queryClient: QueryClient, search: URLSearchParams): void {
  prepareCompareWorker();
  const ids = parseCompareIds(search.get('ids'));
  if (ids.length < 2) return;
  queryClient
    .fetchQuery({ ...compareSidesQuery(ids), gcTime: HELD_FOR_VIEW_MS })
    .then(({ sides }) => {
      if (sides.length === 2)
        void queryClient.prefetchQuery({
          ...comparisonQuery(sides[0]!, sides[1]!),
          gcTime: HELD_FOR_VIEW_MS,
        });
    })
    // The view reads them again and shows the error.
    .catch(() => {});
}

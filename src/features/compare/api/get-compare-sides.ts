import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadCompareSides } from '../../../queries/compare-sides';
import { compareKeys } from '../../../lib/query-keys';

/** Ids from `?ids=a,b,c`, without blanks or repeats. */
export function parseCompareIds(value: string | null): string[] {
  return [...new Set((value ?? '').split(',').map((s) => s.trim()))].filter((s) => s !== '');
}

/**
 * Query options for the sides of a comparison. Dropped from the cache as soon as the view closes, so
 * opening it again reads any new analysis, correction or deletion (reads and alignment take milliseconds).
 */
export const compareSidesQuery = (ids: readonly string[]) =>
  queryOptions({ queryKey: compareKeys.sides(ids), queryFn: () => loadCompareSides(ids), gcTime: 0 });

/** The articles named in the compare URL with their analyses. */
export function useCompareSides(ids: readonly string[]) {
  return useQuery(compareSidesQuery(ids));
}

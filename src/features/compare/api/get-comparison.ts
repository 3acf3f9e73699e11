import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CompareSide } from '../../../core/compare';
import { compareKeys } from '../../../lib/query-keys';
import { getAnalysisClient } from '../../../workers/analysis-client';

/** Query options for aligning two articles in the worker. */
export const comparisonQuery = (a: CompareSide, b: CompareSide) =>
  queryOptions({
    gcTime: 0,
    queryKey: compareKeys.pair(a.id, b.id),
    queryFn: () => getAnalysisClient().call('compare', { a, b }),
  });

/** Two articles aligned sentence by sentence, with discrepancies; idle until both sides are loaded. */
export function useComparison(a: CompareSide | undefined, b: CompareSide | undefined) {
  return useQuery({
    ...comparisonQuery(a ?? EMPTY, b ?? EMPTY),
    enabled: a !== undefined && b !== undefined,
  });
}

const EMPTY: CompareSide = {
  id: '',
  text: '',
  analysis: { sentences: [], entities: [], claims: [], quotes: [] },
};

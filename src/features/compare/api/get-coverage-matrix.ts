import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CompareSide } from '../../../core/compare';
import { compareKeys } from '../../../lib/query-keys';
import { getAnalysisClient } from '../../../workers/analysis-client';

/** Query options for the facts × articles matrix, built in the worker. */
export const coverageMatrixQuery = (sides: readonly CompareSide[]) =>
  queryOptions({
    queryKey: compareKeys.matrix(sides.map((s) => s.id)),
    queryFn: () => getAnalysisClient().call('coverageMatrix', { sides }),
  });

/** Which of three or more articles carry which fact; idle until the sides are loaded. */
export function useCoverageMatrix(sides: readonly CompareSide[] | undefined) {
  return useQuery({ ...coverageMatrixQuery(sides ?? []), enabled: sides !== undefined });
}

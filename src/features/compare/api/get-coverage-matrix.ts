import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CompareSide } from '../../../core/compare';
import { compareKeys } from '../../../lib/query-keys';
import { callInOwnWorker } from '../../../workers/jobs-client';
import { COMPARE_TIMEOUT_MS } from './get-comparison';

/** Query options for the facts × articles matrix, built in a worker of its own with the compare deadline. */
export const coverageMatrixQuery = (sides: readonly CompareSide[]) =>
  queryOptions({
    gcTime: 0,
    queryKey: compareKeys.matrix(sides.map((s) => s.id)),
    queryFn: ({ signal }) =>
      callInOwnWorker('coverageMatrix', { sides }, { timeoutMs: COMPARE_TIMEOUT_MS, signal }),
  });

/** Which of three or more articles carry which fact; idle until the sides are loaded. */
export function useCoverageMatrix(sides: readonly CompareSide[] | undefined) {
  return useQuery({ ...coverageMatrixQuery(sides ?? []), enabled: sides !== undefined });
}

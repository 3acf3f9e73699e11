import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CompareSide } from '../../../core/compare';
import { alignmentInput } from '../../../core/compare/alignment-input';
import { compareKeys } from '../../../lib/query-keys';
import { callInOwnWorker } from '../../../workers/jobs-client';

/**
 * How long an alignment may run before it is stopped and the view says so. Two 1 MB articles align in a few
 * seconds here; a minute means something is wrong, and the analyst keeps a working page either way.
 */
export const COMPARE_TIMEOUT_MS = 60_000;

/** Query options for aligning two articles in a worker of its own, stopped on leaving the view or at the deadline. */
export const comparisonQuery = (a: CompareSide, b: CompareSide) =>
  queryOptions({
    gcTime: 0,
    queryKey: compareKeys.pair(a.id, b.id),
    queryFn: ({ signal }) =>
      callInOwnWorker(
        'compare',
        { a: alignmentInput(a), b: alignmentInput(b) },
        { timeoutMs: COMPARE_TIMEOUT_MS, signal },
      ),
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

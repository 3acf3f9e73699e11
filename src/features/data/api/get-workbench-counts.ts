import { queryOptions, useQuery } from '@tanstack/react-query';
import { countWorkbench } from '../../../db/export-repo';
import { workbenchKeys } from '../../../lib/query-keys';

/** Query options for how many records of each kind the workbench holds. */
export const workbenchCountsQuery = () =>
  queryOptions({
    queryKey: workbenchKeys.counts(),
    queryFn: countWorkbench,
    // Background analysis and other tabs change the counts without telling this page; counting is cheap.
    refetchInterval: 2000,
  });

/** Counts of articles, analyses, annotations, tags, labels and corrections (the Data page's summary). */
export function useWorkbenchCounts() {
  return useQuery(workbenchCountsQuery());
}

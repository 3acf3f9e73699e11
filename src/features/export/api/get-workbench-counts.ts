import { queryOptions, useQuery } from '@tanstack/react-query';
import { countWorkbench } from '../../../db/export-repo';
import { workbenchKeys } from '../../../lib/query-keys';

/** Query options for how many records of each kind the workbench holds. */
export const workbenchCountsQuery = () =>
  queryOptions({ queryKey: workbenchKeys.counts(), queryFn: countWorkbench });

/** Counts of articles, analyses, annotations, tags, labels and corrections (the Data page's summary). */
export function useWorkbenchCounts() {
  return useQuery(workbenchCountsQuery());
}

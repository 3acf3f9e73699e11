import { queryOptions, useQuery } from '@tanstack/react-query';
import { listLabels } from '../../../db/tag-repo';
import { labelKeys } from '../../../lib/query-keys';

/** Query options for every label, built-in ones first. */
export const labelsQuery = () => queryOptions({ queryKey: labelKeys.list(), queryFn: listLabels });

/** Every annotation label (the four built in and the analyst's own). */
export function useLabels() {
  return useQuery(labelsQuery());
}

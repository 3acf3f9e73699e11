import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJobsClient } from '../../../workers/jobs-client';
import { entityKeys } from '../../../lib/query-keys';

/**
 * Query options for the library's entity index, linked across articles in the analysis worker (it reads
 * every analysis); re-read whenever the page opens (analyses arrive often).
 */
export const entityIndexQuery = () =>
  queryOptions({
    queryKey: entityKeys.index(),
    queryFn: () => getJobsClient().call('entityIndex', {}),
    staleTime: 0,
  });

/** Every canonical entity across the library with mention and article counts. */
export function useEntityIndex() {
  return useQuery(entityIndexQuery());
}

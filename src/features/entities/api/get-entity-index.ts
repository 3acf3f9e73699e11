import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJobsClient } from '../../../workers/jobs-client';
import type { Story } from '../../../core/compare';
import { compareKeys, entityKeys } from '../../../lib/query-keys';

/**
 * Query options for the library's entity index, linked across articles in the analysis worker (it reads
 * every analysis); re-read whenever the page opens (analyses arrive often). When the library's stories have
 * been grouped (the stories panel), a surname is linked to the one full name of its own story.
 */
export const entityIndexQuery = () =>
  queryOptions({
    queryKey: entityKeys.index(),
    queryFn: ({ client }) => {
      const stories = client.getQueryData<readonly Story[]>(compareKeys.stories());
      return getJobsClient().call('entityIndex', { stories: stories?.map((s) => s.ids) });
    },
    staleTime: 0,
  });

/** Every canonical entity across the library with mention and article counts. */
export function useEntityIndex() {
  return useQuery(entityIndexQuery());
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { entityKeys } from '../../../lib/query-keys';
import { getJobsClient } from '../../../workers/jobs-client';

export type { SpeakerTable } from '../../../db/speaker-repo';

/**
 * Query options for who the articles `ids` (a story) or, with null, the whole library cite; read and linked
 * in the jobs worker, re-read whenever the view opens (analyses and corrections change often).
 */
export const speakersQuery = (ids: readonly string[] | null) =>
  queryOptions({
    queryKey: entityKeys.speakers(ids),
    queryFn: () => getJobsClient().call('speakerTable', { ids }),
    staleTime: 0,
  });

/** The speakers of a story's articles, or of the library with null, and the articles counted. */
export function useSpeakers(ids: readonly string[] | null) {
  return useQuery(speakersQuery(ids));
}

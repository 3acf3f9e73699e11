import { queryOptions, useQuery } from '@tanstack/react-query';
import { articleKeys } from '../../../lib/query-keys';
import { getReaderClient } from '../../../workers/jobs-client';

/**
 * Query options for one whole article, read in the reader's worker: a stored record of a 5 MB article took
 * the page 100-400 ms to unpack in one task, where the worker's message arrives as a plain copy.
 */
export const articleQuery = (id: string) =>
  queryOptions({
    queryKey: articleKeys.detail(id),
    queryFn: () => getReaderClient().call('readArticle', { id }),
  });

/** One article with its texts; `data` is null when no article has this id. */
export function useArticle(id: string) {
  return useQuery(articleQuery(id));
}

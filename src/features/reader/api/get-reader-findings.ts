import { queryOptions, useQuery } from '@tanstack/react-query';
import { analysisKeys } from '../../../lib/query-keys';
import { getReaderClient } from '../../../workers/jobs-client';

/**
 * Query options for an article's findings as the reader paints them: read, checked and corrected in a
 * worker, from their cache or from the analysis (see `readReaderFindings`). Refreshed when the background
 * queue saves an analysis or a correction is written.
 */
export const readerFindingsQuery = (articleId: string) =>
  queryOptions({
    queryKey: analysisKeys.reader(articleId),
    queryFn: () => getReaderClient().call('readerFindings', { articleId }),
  });

/** The reader's findings of one article: none yet, compact columns, or a damaged analysis discarded. */
export function useReaderFindings(articleId: string) {
  return useQuery(readerFindingsQuery(articleId));
}

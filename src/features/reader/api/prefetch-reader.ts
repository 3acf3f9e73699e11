import type { QueryClient } from '@tanstack/react-query';
import { articleQuery } from '../../../queries/articles';
import { whenIdle } from '../../../lib/when-idle';
import { getReaderClient } from '../../../workers/jobs-client';
import { readerFindingsQuery } from './get-reader-findings';

/**
 * Starts reading an article and its findings in the reader's worker, side by side, as soon as the reader's
 * URL is entered: the reads no longer wait for the reader's code to load, nor the findings for the article.
 */
export function prefetchReader(queryClient: QueryClient, articleId: string): void {
  void queryClient.prefetchQuery(articleQuery(articleId));
  void queryClient.prefetchQuery(readerFindingsQuery(articleId));
}

/**
 * Starts the reader's worker once the page is idle, so the first article opened does not wait for the
 * worker's code and its database connection. Returns a cancel function for effects.
 */
export function warmUpReader(): () => void {
  return whenIdle(() => void getReaderClient(), 3000);
}

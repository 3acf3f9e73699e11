import type { QueryClient } from '@tanstack/react-query';
import { articleQuery } from '../../../queries/articles';
import { getReaderClient } from '../../../workers/jobs-client';
import { readerFindingsQuery } from './get-reader-findings';

/**
 * Starts reading an article and its findings in the reader's worker, side by side, as soon as the reader's
 * URL is entered: the reads no longer wait for the reader's code to load, nor the findings for the article.
 * The findings are asked first: from their cache they are ready in a few ms, so they usually reach the page
 * before the text and its first render paints the highlights too, instead of a second render after it.
 */
export function prefetchReader(queryClient: QueryClient, articleId: string): void {
  void queryClient.prefetchQuery(readerFindingsQuery(articleId));
  void queryClient.prefetchQuery(articleQuery(articleId));
}

/**
 * Starts the reader's worker as the app mounts, ahead of the workers started at the first idle moment: an
 * article opened right after a load then finds its worker's code and database connection ready instead of
 * competing with them for the CPU. Its code is small (about a tenth of the jobs worker's).
 */
export function warmUpReader(): void {
  getReaderClient();
}

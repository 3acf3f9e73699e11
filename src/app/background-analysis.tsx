import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { describeWriteError, isStorageFull } from '../lib/storage/storage-full';
import { analysisKeys, entityKeys } from '../lib/query-keys';
import { useToastStore } from '../ui/toast-store';
import { getAnalysisQueue, startBackgroundAnalysis } from '../workers/analysis-queue';

function start(queryClient: QueryClient): void {
  void startBackgroundAnalysis({
    // A saved analysis refreshes the open reader and the entity index.
    saved: async (articleId) => {
      await queryClient.invalidateQueries({ queryKey: analysisKeys.detail(articleId) });
      await queryClient.invalidateQueries({ queryKey: entityKeys.all });
    },
    failed: (articleId, error) => {
      if (!isStorageFull(error)) return console.warn(`Analysis of article ${articleId} failed`, error);
      // On a full disk every further analysis would be refused too: drop the queue (the articles keep no
      // analysis, so the next start queues them again) and say so once.
      getAnalysisQueue().clear();
      useToastStore.getState().show({
        message: describeWriteError(error, 'Analysis failed', 'Analyses are made again on the next start.'),
      });
    },
  });
}

/**
 * Starts the background analysis queue when the app mounts and shows its progress as a small status line
 * ("Analysing 3 of 40…"); renders an empty live region when idle so screen readers hear the changes.
 */
export function BackgroundAnalysis() {
  const queryClient = useQueryClient();
  const queue = getAnalysisQueue();
  const { done, total } = useSyncExternalStore(queue.subscribe, queue.getProgress);
  useEffect(() => {
    // Once the first screen is up: listing what needs analysis reads every article's key, and the first
    // screen's reads should not queue behind it.
    if (typeof requestIdleCallback !== 'function') return start(queryClient);
    const handle = requestIdleCallback(() => start(queryClient), { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [queryClient]);
  return (
    <div role="status" aria-label="Background analysis" className="analysis-status">
      {total > 0 && `Analysing ${Math.min(done + 1, total).toLocaleString()} of ${total.toLocaleString()}…`}
    </div>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { startBackgroundAnalysis, useAnalysisQueue } from './background-analysis';

/**
 * Starts the background analysis queue when the app mounts and shows its progress as a small status line
 * ("Analysing 3 of 40…"); renders an empty live region when idle so screen readers hear the changes.
 */
export function BackgroundAnalysisStatus() {
  const queryClient = useQueryClient();
  const { done, total } = useAnalysisQueue();
  useEffect(() => {
    // Once the first screen is up: listing what needs analysis reads every article's key, and the first
    // screen's reads should not queue behind it.
    const start = () => void startBackgroundAnalysis(queryClient);
    if (typeof requestIdleCallback !== 'function') return start();
    const handle = requestIdleCallback(start, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [queryClient]);
  return (
    <div role="status" aria-label="Background analysis" className="analysis-status">
      {total > 0 && `Analysing ${Math.min(done + 1, total).toLocaleString()} of ${total.toLocaleString()}…`}
    </div>
  );
}

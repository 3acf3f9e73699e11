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
    void startBackgroundAnalysis(queryClient);
  }, [queryClient]);
  return (
    <div role="status" aria-label="Background analysis" className="analysis-status">
      {total > 0 && `Analysing ${Math.min(done + 1, total).toLocaleString()} of ${total.toLocaleString()}…`}
    </div>
  );
}

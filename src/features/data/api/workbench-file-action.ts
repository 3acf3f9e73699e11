import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { requestPersistenceForStoredWork } from '../../../lib/storage/storage-status';
import { updateSearchIndex } from '../../../workers/search-client';
import { useExportStore, type ExportProgress } from '../store';

/** After a change that may touch any record: the next search rebuilds its index and every view refetches. */
export function refreshAfterWholeChange(queryClient: QueryClient): Promise<void> {
  updateSearchIndex('reset', {});
  return queryClient.invalidateQueries();
}

/**
 * A Data-page action on one picked file that may change any record (restore a backup, import annotations):
 * its progress in the export store, its sentence or error shown inline, every view refreshed afterwards.
 * `persist` asks the browser to keep the stored work once the action has added to it.
 */
export function useWorkbenchFileAction(
  run: (file: File, onProgress: (p: ExportProgress) => void) => Promise<string>,
  { persist = false } = {},
) {
  const queryClient = useQueryClient();
  const setProgress = useExportStore((s) => s.setProgress);
  return useMutation({
    meta: { errorShownInline: true },
    mutationFn: (file: File) => run(file, setProgress),
    onSuccess: () => {
      if (persist) requestPersistenceForStoredWork(queryClient);
      return refreshAfterWholeChange(queryClient);
    },
    onSettled: () => setProgress(null),
  });
}

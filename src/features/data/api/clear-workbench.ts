import { useMutation, useQueryClient } from '@tanstack/react-query';
import { clearWorkbench } from '../../../db/backup-repo';
import { refreshAfterWholeChange } from './workbench-file-action';

/** "Clear workbench": deletes every article, analysis, annotation, tag, label and correction at once. */
export function useClearWorkbench() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorShownInline: true },
    mutationFn: clearWorkbench,
    onSuccess: () => refreshAfterWholeChange(queryClient),
  });
}

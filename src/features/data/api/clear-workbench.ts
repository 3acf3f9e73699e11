import { useMutation, useQueryClient } from '@tanstack/react-query';
import { clearWorkbench } from '../../../db/backup-repo';
import { updateSearchIndex } from '../../../workers/search-client';

/** "Clear workbench": deletes every article, analysis, annotation, tag, label and correction at once. */
export function useClearWorkbench() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorShownInline: true },
    mutationFn: clearWorkbench,
    onSuccess: () => {
      // Any record may have changed: the next search rebuilds the index from the database.
      updateSearchIndex('reset', {});
      return queryClient.invalidateQueries();
    },
  });
}

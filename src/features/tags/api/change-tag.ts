import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordChange } from './record-change';
import { deleteTag, mergeTags, updateTag } from '../../../db/tag-repo';
import { annotationKeys, tagKeys } from '../../../lib/query-keys';
import { invalidateArticleTags } from '../../../queries/articles';

/** Applies a tag change and refreshes everything that shows tags. */
export function useChangeTag() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorShownInline: true },
    mutationFn: async (change: RecordChange) => {
      if (change.kind === 'update') await updateTag(change.id, change);
      else if (change.kind === 'merge') await mergeTags(change.id, change.into);
      else await deleteTag(change.id);
    },
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: tagKeys.all });
      await invalidateArticleTags(queryClient);
      await queryClient.invalidateQueries({ queryKey: annotationKeys.all });
    },
  });
}

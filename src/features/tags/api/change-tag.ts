import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteTag, mergeTags, updateTag } from '../../../db/tag-repo';
import { annotationKeys, tagKeys } from '../../../lib/query-keys';
import { invalidateArticleTags } from '../../../queries/articles';

/** A change the tag manager makes: rename/recolour, merge into another tag, or delete. */
export type TagChange =
  | Readonly<{ kind: 'update'; id: string; name?: string; color?: string }>
  | Readonly<{ kind: 'merge'; id: string; into: string }>
  | Readonly<{ kind: 'delete'; id: string }>;

/** Applies a tag change and refreshes everything that shows tags. */
export function useChangeTag() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorShownInline: true },
    mutationFn: async (change: TagChange) => {
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

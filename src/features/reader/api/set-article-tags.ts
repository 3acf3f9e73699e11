import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setArticleTags } from '../../../db/tag-repo';
import { tagKeys } from '../../../lib/query-keys';
import { invalidateArticleTags } from '../../../queries/articles';

/** Adds and removes tags on one article (the reader header's tag chips). */
export function useSetArticleTags(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ add, remove }: { add: readonly string[]; remove: readonly string[] }) =>
      setArticleTags([articleId], add, remove),
    onSuccess: async () => {
      await invalidateArticleTags(queryClient, [articleId]);
      await queryClient.invalidateQueries({ queryKey: tagKeys.all });
    },
  });
}

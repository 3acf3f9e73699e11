import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setArticleTags } from '../../../db/tag-repo';
import { articleKeys, tagKeys } from '../../../lib/query-keys';

/** Adds and removes tags on one article (the reader header's tag chips). */
export function useSetArticleTags(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ add, remove }: { add: readonly string[]; remove: readonly string[] }) =>
      setArticleTags([articleId], add, remove),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: articleKeys.all });
      await queryClient.invalidateQueries({ queryKey: tagKeys.all });
    },
  });
}

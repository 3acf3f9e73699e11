import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createTag, setArticleTags } from '../../../db/tag-repo';
import { tagKeys } from '../../../lib/query-keys';
import { invalidateArticleTags } from '../../../queries/articles';
import { PALETTE } from '../../../ui/tag-input';

/** Tags the selected articles with a tag picked (or created) by name; returns how many changed. */
export function useTagArticles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ ids, name }: { ids: readonly string[]; name: string }) => {
      const tag = await createTag(name, PALETTE[name.length % PALETTE.length]!);
      return setArticleTags(ids, [tag.id]);
    },
    onSuccess: async (_changed, { ids }) => {
      await invalidateArticleTags(queryClient, ids);
      await queryClient.invalidateQueries({ queryKey: tagKeys.all });
    },
  });
}

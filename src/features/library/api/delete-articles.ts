import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteArticles, restoreArticles } from '../../../db/article-repo';
import { articleKeys, storageKeys, tagKeys } from '../../../lib/query-keys';
import { describeWriteError } from '../../../lib/storage/storage-full';
import { updateSearchIndex } from '../../../workers/search-client';
import { useToastStore } from '../../../ui/toast-store';

/** Deletes articles (with their annotations) and offers Undo, which restores every record as it was. */
export function useDeleteArticles() {
  const queryClient = useQueryClient();
  const show = useToastStore((s) => s.show);
  return useMutation({
    mutationFn: (ids: readonly string[]) => deleteArticles(ids),
    onSuccess: async (deleted) => {
      updateSearchIndex('removeArticles', { ids: deleted.articles.map((a) => a.id) });
      await queryClient.invalidateQueries({ queryKey: articleKeys.all });
      // Their annotations went too: tag use counts and the search filters' facts change.
      await queryClient.invalidateQueries({ queryKey: tagKeys.all });
      await queryClient.invalidateQueries({ queryKey: storageKeys.all });
      const n = deleted.articles.length;
      show({
        message: n === 1 ? `Deleted “${deleted.articles[0]?.title ?? ''}”.` : `Deleted ${n} articles.`,
        actionLabel: 'Undo',
        onAction: () => {
          void restoreArticles(deleted).then(
            () => {
              updateSearchIndex('upsertArticles', { ids: deleted.articles.map((a) => a.id) });
              updateSearchIndex('upsertAnnotations', { annotations: deleted.annotations });
              void queryClient.invalidateQueries({ queryKey: tagKeys.all });
              return queryClient.invalidateQueries({ queryKey: articleKeys.all });
            },
            (error: unknown) => show({ message: describeWriteError(error, 'Could not undo the delete') }),
          );
        },
      });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteArticles, restoreArticles } from '../../../db/article-repo';
import { articleKeys, storageKeys } from '../../../lib/query-keys';
import { updateSearchIndex } from '../../../lib/search/search-index';
import { describeWriteError } from '../../../lib/storage/storage-full';
import { useToastStore } from '../../../ui/toast-store';

/** Deletes articles (with their annotations) and offers Undo, which restores every record as it was. */
export function useDeleteArticles() {
  const queryClient = useQueryClient();
  const show = useToastStore((s) => s.show);
  return useMutation({
    mutationFn: (ids: readonly string[]) => deleteArticles(ids),
    onSuccess: async (deleted) => {
      updateSearchIndex((index) => index.removeArticles(deleted.articles.map((a) => a.id)));
      await queryClient.invalidateQueries({ queryKey: articleKeys.all });
      await queryClient.invalidateQueries({ queryKey: storageKeys.all });
      const n = deleted.articles.length;
      show({
        message: n === 1 ? `Deleted “${deleted.articles[0]?.title ?? ''}”.` : `Deleted ${n} articles.`,
        actionLabel: 'Undo',
        onAction: () => {
          void restoreArticles(deleted).then(
            () => {
              updateSearchIndex((index) => {
                for (const a of deleted.articles) index.upsertArticle(a);
                for (const n of deleted.annotations) index.upsertAnnotation(n);
              });
              return queryClient.invalidateQueries({ queryKey: articleKeys.all });
            },
            (error: unknown) => show({ message: describeWriteError(error, 'Could not undo the delete') }),
          );
        },
      });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateArticleDetails, type ArticleDetails } from '../../../db/article-details-repo';
import { articleKeys } from '../../../lib/query-keys';
import { updateSearchIndex } from '../../../workers/search-client';

/** Corrects one article's title, outlet and date; everything that lists, groups or finds articles re-reads. */
export function useEditArticleDetails(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorShownInline: true },
    mutationFn: (details: ArticleDetails) => updateArticleDetails(articleId, details),
    onSuccess: async () => {
      updateSearchIndex('upsertArticles', { ids: [articleId] });
      // The list, this article and the stories (grouped by outlet and date) all show what changed.
      await queryClient.invalidateQueries({ queryKey: articleKeys.all });
    },
  });
}

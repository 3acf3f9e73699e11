import { queryOptions, useQuery } from '@tanstack/react-query';
import { listArticleCorrections } from '../../../db/correction-repo';
import { correctionKeys } from '../../../lib/query-keys';

/** Query options for the analyst's corrections of one article's findings. */
export const correctionsQuery = (articleId: string) =>
  queryOptions({
    queryKey: correctionKeys.article(articleId),
    queryFn: () => listArticleCorrections(articleId),
  });

/** The corrections of one article, applied over its analysis wherever findings are shown. */
export function useCorrections(articleId: string) {
  return useQuery(correctionsQuery(articleId));
}

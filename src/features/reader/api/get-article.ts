import { queryOptions, useQuery } from '@tanstack/react-query';
import { getArticle } from '../../../db/article-repo';
import { articleKeys } from '../../../lib/query-keys';

/** Query options for one whole article. */
export const articleQuery = (id: string) =>
  queryOptions({ queryKey: articleKeys.detail(id), queryFn: () => getArticle(id) });

/** One article with its texts; `data` is null when no article has this id. */
export function useArticle(id: string) {
  return useQuery(articleQuery(id));
}

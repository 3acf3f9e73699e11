import { queryOptions, useQuery } from '@tanstack/react-query';
import { listArticles } from '../../../db/article-repo';
import { articleKeys } from '../../../lib/query-keys';

/** Query options for the library list (metadata only). */
export const articlesQuery = () => queryOptions({ queryKey: articleKeys.list(), queryFn: listArticles });

/** Every article in the library, newest import first. */
export function useArticles() {
  return useQuery(articlesQuery());
}

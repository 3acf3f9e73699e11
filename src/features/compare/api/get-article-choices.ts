import { queryOptions, useQuery } from '@tanstack/react-query';
import { listArticles } from '../../../db/article-repo';
import { articleKeys } from '../../../lib/query-keys';

/** Query options for the articles the compare picker offers (the library list, metadata only). */
export const articleChoicesQuery = () =>
  queryOptions({ queryKey: articleKeys.list(), queryFn: listArticles });

/** Every article, newest import first, to choose from when /compare has no ids. */
export function useArticleChoices() {
  return useQuery(articleChoicesQuery());
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { entityKeys } from '../lib/query-keys';
import { getJobsClient } from '../workers/jobs-client';

async function loadArticleIds(canonical: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const e of await getJobsClient().call('entityIndex', {}))
    if (e.canonical === canonical || e.aliases.includes(canonical))
      for (const id of e.articleIds) ids.add(id);
  return ids;
}

/**
 * Query options for the ids of articles mentioning an entity (any type with that canonical name, or with that
 * name as one article's spelling of it: the filter holds across the library's linked names).
 */
export const entityArticlesQuery = (canonical: string) =>
  queryOptions({
    queryKey: entityKeys.articles(canonical),
    queryFn: () => loadArticleIds(canonical),
    staleTime: 0,
  });

/** Ids of the articles that mention `canonical`; disabled (no filter) when it is null. */
export function useEntityArticles(canonical: string | null) {
  return useQuery({ ...entityArticlesQuery(canonical ?? ''), enabled: canonical !== null });
}

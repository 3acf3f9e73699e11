import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ArticleMeta } from '../../../core/model';
import { listArticles, listNewestArticles } from '../../../db/article-repo';
import { articleKeys } from '../../../lib/query-keys';
import { keepUnchanged } from '../keep-unchanged';

/**
 * Query options for the library list (metadata only). A refresh keeps the objects of unchanged articles, so
 * the list's memoized rows render again only for new and changed articles.
 */
export const articlesQuery = () =>
  queryOptions({
    queryKey: articleKeys.list(),
    queryFn: listArticles,
    structuralSharing: (previous: unknown, next: unknown) =>
      keepUnchanged(previous as readonly ArticleMeta[] | undefined, next as ArticleMeta[]) as ArticleMeta[],
  });

/** Every article in the library, newest import first; not read while `enabled` is false. */
export function useArticles(enabled = true) {
  return useQuery({ ...articlesQuery(), enabled });
}

/** Enough newest articles to fill a tall screen of the library list. */
const FIRST_SCREEN = 60;

/**
 * The newest articles only, while the whole list is still being read: the library's first screen in its
 * default order (newest import first) shows them at once. Disabled once `enabled` is false (the list is read).
 */
export function useFirstScreenArticles(enabled: boolean) {
  return useQuery({
    queryKey: articleKeys.firstScreen(),
    queryFn: () => listNewestArticles(FIRST_SCREEN),
    enabled,
    placeholderData: keepPreviousData,
  });
}

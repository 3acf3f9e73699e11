import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ArticleMeta } from '../core/model';
import { listArticles, listNewestArticles } from '../db/article-repo';
import { articleKeys } from '../lib/query-keys';
import { getReaderClient } from '../workers/jobs-client';
import { keepUnchanged } from './keep-unchanged';

/**
 * Query options for the article list (metadata only, newest import first): the library, the compare picker
 * and the search filters read it. A refresh keeps the objects of unchanged articles, so the library's
 * memoized rows render again only for new and changed articles.
 */
export const articlesQuery = () =>
  queryOptions({
    queryKey: articleKeys.list(),
    queryFn: listArticles,
    structuralSharing: (previous: unknown, next: unknown) =>
      keepUnchanged(previous as readonly ArticleMeta[] | undefined, next as ArticleMeta[]) as ArticleMeta[],
  });

/** Enough newest articles to fill a tall screen of the library list. */
const FIRST_SCREEN = 60;

/** Query options for the newest articles only, read while the whole list is still loading. */
export const firstScreenArticlesQuery = () =>
  queryOptions({ queryKey: articleKeys.firstScreen(), queryFn: () => listNewestArticles(FIRST_SCREEN) });

/**
 * Query options for one whole article with its texts (`data` is null when no article has this id), read in
 * the reader's worker: a stored record of a 5 MB article took the page 100-400 ms
 * to unpack in one task, where the worker's message arrives as a plain copy.
 */
export const articleQuery = (id: string) =>
  queryOptions({
    queryKey: articleKeys.detail(id),
    queryFn: () => getReaderClient().call('readArticle', { id }),
  });

/**
 * Re-reads what shows articles' tags after they changed (on `ids`, or on any article): the lists and those
 * articles, not the story groups kept under the list's key, which tags do not change (regrouping the library
 * in the worker is seconds of work).
 */
export function invalidateArticleTags(queryClient: QueryClient, ids?: readonly string[]): Promise<void> {
  return queryClient.invalidateQueries({
    queryKey: articleKeys.all,
    predicate: ({ queryKey }) => {
      const [, name, id] = queryKey;
      if (name === 'list') return queryKey.length === articleKeys.list().length;
      if (name === 'detail') return ids === undefined || ids.includes(String(id));
      return true;
    },
  });
}

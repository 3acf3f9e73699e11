import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { articlesQuery, firstScreenArticlesQuery } from '../../../queries/articles';

/** Every article in the library, newest import first; not read while `enabled` is false. */
export function useArticles(enabled = true) {
  return useQuery({ ...articlesQuery(), enabled });
}

/**
 * The newest articles only, while the whole list is still being read: the library's first screen in its
 * default order (newest import first) shows them at once. Disabled once `enabled` is false (the list is read).
 */
export function useFirstScreenArticles(enabled: boolean) {
  return useQuery({ ...firstScreenArticlesQuery(), enabled, placeholderData: keepPreviousData });
}

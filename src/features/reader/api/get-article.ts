import { useQuery } from '@tanstack/react-query';
import { articleQuery } from '../../../queries/articles';

/** One article with its texts; `data` is null when no article has this id. */
export function useArticle(id: string) {
  return useQuery(articleQuery(id));
}

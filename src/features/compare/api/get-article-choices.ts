import { useQuery } from '@tanstack/react-query';
import { articlesQuery } from '../../../queries/articles';

/** Every article, newest import first, to choose from when /compare has no ids. */
export function useArticleChoices() {
  return useQuery(articlesQuery());
}

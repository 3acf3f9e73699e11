import { useQuery } from '@tanstack/react-query';
import { tagsQuery } from '../../../queries/tags';

/** Every tag, for the article's and the annotations' tag pickers. */
export function useReaderTags() {
  return useQuery(tagsQuery());
}

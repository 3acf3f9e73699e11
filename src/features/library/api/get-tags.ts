import { useQuery } from '@tanstack/react-query';
import { tagsQuery } from '../../../queries/tags';

/** Every tag, to show tag names and colours beside articles. */
export function useTags() {
  return useQuery(tagsQuery());
}

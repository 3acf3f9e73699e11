import { queryOptions, useQuery } from '@tanstack/react-query';
import { countTagUses, listTags } from '../../../db/tag-repo';
import { labelKeys } from '../../../lib/query-keys';

/** Query options for every tag with how many articles and annotations use it. */
export const tagUsesQuery = () =>
  queryOptions({
    queryKey: labelKeys.uses(),
    queryFn: async () => {
      const [tags, uses] = await Promise.all([listTags(), countTagUses()]);
      return tags.map((tag) => ({ tag, uses: uses.get(tag.id) ?? { articles: 0, annotations: 0 } }));
    },
  });

/** Every tag with its use counts, for the tag manager. */
export function useTagUses() {
  return useQuery(tagUsesQuery());
}

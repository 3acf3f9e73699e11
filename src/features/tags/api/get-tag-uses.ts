import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Label, Tag } from '../../../core/model';
import { countTagUses, listLabels, listTags, type TagUses } from '../../../db/tag-repo';
import { labelKeys } from '../../../lib/query-keys';

/** Every tag with how many articles and annotations use it, and every label with how many annotations do. */
export type TagAndLabelUses = Readonly<{
  tags: readonly Readonly<{ tag: Tag; uses: TagUses }>[];
  labels: readonly Readonly<{ label: Label; annotations: number }>[];
}>;

/** Query options for the tag and label manager's counts (one pass over articles and annotations for both). */
export const tagUsesQuery = () =>
  queryOptions({
    queryKey: labelKeys.uses(),
    queryFn: async (): Promise<TagAndLabelUses> => {
      const [tags, labels, uses] = await Promise.all([listTags(), listLabels(), countTagUses()]);
      return {
        tags: tags.map((tag) => ({ tag, uses: uses.get(tag.id) ?? { articles: 0, annotations: 0 } })),
        labels: labels.map((label) => ({ label, annotations: uses.get(label.id)?.annotations ?? 0 })),
      };
    },
  });

/** Every tag and label with its use counts, for the manager. */
export function useTagUses() {
  return useQuery(tagUsesQuery());
}

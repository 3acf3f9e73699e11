import { queryOptions, useQuery } from '@tanstack/react-query';
import { db } from '../../../db/schema';
import { tagKeys } from '../../../lib/query-keys';

/** Query options for every tag, by name. */
export const tagsQuery = () =>
  queryOptions({ queryKey: tagKeys.list(), queryFn: () => db.tags.orderBy('name').toArray() });

/** Every tag, to show tag names and colours beside articles. */
export function useTags() {
  return useQuery(tagsQuery());
}

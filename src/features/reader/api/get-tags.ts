import { queryOptions, useQuery } from '@tanstack/react-query';
import { listTags } from '../../../db/tag-repo';
import { tagKeys } from '../../../lib/query-keys';

/** Query options for every tag, by name. */
export const readerTagsQuery = () => queryOptions({ queryKey: tagKeys.list(), queryFn: listTags });

/** Every tag, for the article's and the annotations' tag pickers. */
export function useReaderTags() {
  return useQuery(readerTagsQuery());
}

import { queryOptions } from '@tanstack/react-query';
import { listTags } from '../db/tag-repo';
import { tagKeys } from '../lib/query-keys';

/** Query options for every tag, by name: the library, the reader's pickers and the search filters read it. */
export const tagsQuery = () => queryOptions({ queryKey: tagKeys.list(), queryFn: listTags });

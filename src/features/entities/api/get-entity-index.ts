import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadEntityIndex } from '../../../db/entity-repo';
import { entityKeys } from '../../../lib/query-keys';

/** Query options for the library's entity index; re-read whenever the page opens (analyses arrive often). */
export const entityIndexQuery = () =>
  queryOptions({ queryKey: entityKeys.index(), queryFn: loadEntityIndex, staleTime: 0 });

/** Every canonical entity across the library with mention and article counts. */
export function useEntityIndex() {
  return useQuery(entityIndexQuery());
}

import { queryOptions } from '@tanstack/react-query';
import { listLabels } from '../db/tag-repo';
import { labelKeys } from '../lib/query-keys';

/** Query options for every annotation label, built-in ones first: the reader and the search filters read it. */
export const labelsQuery = () => queryOptions({ queryKey: labelKeys.list(), queryFn: listLabels });

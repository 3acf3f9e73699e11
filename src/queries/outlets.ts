import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ArticleMeta } from '../core/model';
import { buildOutletDirectory, type OutletDirectory } from '../core/outlets';
import { listOutletRecords } from '../db/outlet-repo';
import { outletKeys } from '../lib/query-keys';

/** Query options for the outlet records (renames and merges), which every view showing an outlet applies. */
export const outletRecordsQuery = () =>
  queryOptions({ queryKey: outletKeys.records(), queryFn: listOutletRecords });

/**
 * The outlets of `articles` with the analyst's renames and merges applied; null until the records are read.
 * Views showing or filtering by outlet (library, outlets, timeline) share it, so a rename shows everywhere.
 */
export function useOutletDirectory(articles: readonly ArticleMeta[] | undefined): OutletDirectory | null {
  const records = useQuery(outletRecordsQuery()).data;
  return useMemo(
    () =>
      articles && records
        ? buildOutletDirectory(
            articles.map((a) => a.source),
            records,
          )
        : null,
    [articles, records],
  );
}

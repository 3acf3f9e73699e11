import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { ArticleMeta } from '../core/model';
import { buildOutletDirectory, buildOutletNamer, type OutletDirectory } from '../core/outlets';
import { creditLine } from '../core/text/credit-line';
import { listOutletRecords } from '../db/outlet-repo';
import { outletKeys } from '../lib/query-keys';
import { articlesQuery } from './articles';

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

/** Whom an article credits: the outlet that ran it and the agency that wrote it. */
type Credited = Readonly<{ source: string | null; agency?: string }>;

/**
 * How an article's credit reads with the analyst's outlet renames and merges applied ("Agency via Outlet"); the
 * raw source until the library's outlets are read. Every view that names an outlet uses it, so a rename shows
 * everywhere.
 */
export function useCreditLine(): (article: Credited) => string | null {
  const directory = useOutletDirectory(useQuery(articlesQuery()).data);
  return useCallback(
    (article: Credited) =>
      creditLine({
        source: directory?.resolve(article.source)?.name ?? article.source,
        agency: article.agency,
      }),
    [directory],
  );
}

/**
 * Like `useCreditLine`, but naming outlets from the outlet records alone (a renamed or merged outlet by the
 * analyst's name, another as the article spells it), for views that must not read every article's metadata:
 * search over a large library. The raw source until the records are read.
 */
export function useRecordsCreditLine(): (article: Credited) => string | null {
  const records = useQuery(outletRecordsQuery()).data;
  return useMemo(() => {
    const namer = records ? buildOutletNamer(records) : null;
    return (article: Credited) =>
      creditLine({ source: namer ? namer.nameOf(article.source) : article.source, agency: article.agency });
  }, [records]);
}

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ArticleMeta } from '../../../core/model';
import { findOutlet, type OutletDirectory } from '../../../core/outlets';
import { articlesQuery } from '../../../queries/articles';
import { useEntityArticles } from '../../../queries/entity-articles';
import { useOutletDirectory } from '../../../queries/outlets';

/**
 * The timeline's filters as the URL holds them: `?entity=…&tag=<tag id>&outlet=<outlet key>` (or the outlet's
 * name, see `findOutlet`).
 */
export type TimelineFilters = Readonly<{ entity: string | null; tag: string | null; outlet: string | null }>;

/**
 * The articles passing the filters, with the outlets (renames and merges applied) to name and filter them;
 * `articles` is undefined until everything the filters need is read.
 */
export function useTimelineArticles(filters: TimelineFilters): {
  articles: readonly ArticleMeta[] | undefined;
  outlets: OutletDirectory | null;
  error: unknown;
} {
  const all = useQuery(articlesQuery());
  const outlets = useOutletDirectory(all.data);
  const mentioning = useEntityArticles(filters.entity);
  const articles = useMemo(() => {
    if (!all.data || !outlets) return undefined;
    if (filters.entity !== null && !mentioning.data) return undefined;
    const outlet = filters.outlet === null ? null : findOutlet(outlets, filters.outlet);
    return all.data.filter(
      (a) =>
        (filters.tag === null || a.tags.includes(filters.tag)) &&
        (filters.outlet === null || (outlet !== null && outlets.resolve(a.source)?.key === outlet.key)) &&
        (mentioning.data === undefined || filters.entity === null || mentioning.data.has(a.id)),
    );
  }, [all.data, outlets, filters, mentioning.data]);
  return { articles, outlets, error: all.error ?? mentioning.error };
}

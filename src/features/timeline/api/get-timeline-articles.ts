import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ArticleMeta } from '../../../core/model';
import type { OutletDirectory } from '../../../core/outlets';
import { listArticles } from '../../../db/article-repo';
import { listTags } from '../../../db/tag-repo';
import { useEntityArticles } from '../../../queries/entity-articles';
import { useOutletDirectory } from '../../../queries/outlets';
import { articleKeys, tagKeys } from '../../../lib/query-keys';

/** The timeline's filters as the URL holds them: `?entity=…&tag=<tag id>&outlet=<outlet key>`. */
export type TimelineFilters = Readonly<{ entity: string | null; tag: string | null; outlet: string | null }>;

/** The library's article list (metadata only), the same query the library reads. */
const articlesQuery = () => queryOptions({ queryKey: articleKeys.list(), queryFn: listArticles });

/** Every tag, for the tag filter. */
export const timelineTagsQuery = () => queryOptions({ queryKey: tagKeys.list(), queryFn: listTags });

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
    return all.data.filter(
      (a) =>
        (filters.tag === null || a.tags.includes(filters.tag)) &&
        (filters.outlet === null || outlets.resolve(a.source)?.key === filters.outlet) &&
        (mentioning.data === undefined || filters.entity === null || mentioning.data.has(a.id)),
    );
  }, [all.data, outlets, filters, mentioning.data]);
  return { articles, outlets, error: all.error ?? mentioning.error };
}

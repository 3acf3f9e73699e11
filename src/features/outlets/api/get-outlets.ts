import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { summarizeOutlets, type OutletSummary } from '../../../core/outlets';
import type { ArticleMeta } from '../../../core/model';
import { useOutletDirectory } from '../../../queries/outlets';
import { articlesQuery } from '../../../queries/articles';
import { storiesQuery } from '../../../queries/stories';

/** What the outlets view shows: each outlet's summary, the articles by id and the stories as id groups. */
export type OutletsView = Readonly<{
  outlets: readonly OutletSummary[];
  byId: ReadonlyMap<string, ArticleMeta>;
  stories: readonly (readonly string[])[];
  /** The outlet name of an article (renames and merges applied), or its title when it has no source. */
  outletOf: (articleId: string) => string;
  /** Whether stories are still being grouped (outlets show without them meanwhile). */
  grouping: boolean;
}>;

/** Every outlet with its articles, days and stories, renames and merges applied; null until read. */
export function useOutlets(): { view: OutletsView | null; error: unknown } {
  const articles = useQuery(articlesQuery());
  const stories = useQuery(storiesQuery());
  const directory = useOutletDirectory(articles.data);
  const view = useMemo(() => {
    if (!articles.data || !directory) return null;
    const groups = (stories.data ?? []).map((s) => s.ids);
    const byId = new Map(articles.data.map((a) => [a.id, a]));
    return {
      outlets: summarizeOutlets(articles.data, directory, groups),
      byId,
      outletOf: (id: string) => {
        const a = byId.get(id);
        return (a && directory.resolve(a.source)?.name) ?? a?.title ?? id;
      },
      stories: groups,
      grouping: stories.isPending,
    };
  }, [articles.data, directory, stories.data, stories.isPending]);
  return { view, error: articles.error ?? stories.error };
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Analysis, ArticleMeta, EntityType } from '../../../core/model';
import { buildSpeakerTable, type SpeakerRow } from '../../../core/speakers/speaker-table';
import { getAnalysis } from '../../../db/analysis-repo';
import { getArticle } from '../../../db/article-repo';
import { entityKeys } from '../../../lib/query-keys';

/** The speakers of a story: its articles (those still stored and analysed) and who each one cites. */
export type StorySpeakers = Readonly<{
  articles: ReadonlyArray<Pick<ArticleMeta, 'id' | 'title' | 'source'>>;
  rows: readonly SpeakerRow[];
  /** The entity type of speakers that are named entities, for links to their pages. */
  types: ReadonlyMap<string, EntityType>;
}>;

async function loadStorySpeakers(ids: readonly string[]): Promise<StorySpeakers> {
  const loaded = await Promise.all(
    ids.map(async (id) => [await getArticle(id), await getAnalysis(id)] as const),
  );
  const articles = [];
  const analyses: Analysis[] = [];
  for (const [article, analysis] of loaded) {
    if (!article || !analysis) continue;
    articles.push({ id: article.id, title: article.title, source: article.source });
    analyses.push(analysis);
  }
  const types = new Map<string, EntityType>();
  for (const a of analyses)
    for (const e of a.entities) if (e.type === 'PERSON' || e.type === 'ORG') types.set(e.canonical, e.type);
  return { articles, rows: buildSpeakerTable(analyses), types };
}

/** Query options for the speakers of the articles `ids`. */
export const storySpeakersQuery = (ids: readonly string[]) =>
  queryOptions({
    queryKey: entityKeys.storySpeakers(ids),
    queryFn: () => loadStorySpeakers(ids),
    staleTime: 0,
  });

/** Who the articles of a story cite, and which outlet alone cites whom. */
export function useStorySpeakers(ids: readonly string[]) {
  return useQuery({ ...storySpeakersQuery(ids), enabled: ids.length > 0 });
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AttributionKind } from '../../../core/model';
import { listStatements } from '../../../core/speakers/statements';
import { getAnalysis } from '../../../db/analysis-repo';
import { getArticle } from '../../../db/article-repo';
import { entityKeys } from '../../../lib/query-keys';

/** One statement by an entity, with its article and sentence, for the entity's page. */
export type StatementInArticle = Readonly<{
  articleId: string;
  title: string;
  source: string | null;
  start: number;
  text: string;
  cue: string | null;
  kind: AttributionKind | null;
  quote: boolean;
}>;

async function loadStatements(
  canonical: string,
  articleIds: readonly string[],
): Promise<StatementInArticle[]> {
  const out: StatementInArticle[] = [];
  for (const id of articleIds) {
    const [article, analysis] = await Promise.all([getArticle(id), getAnalysis(id)]);
    if (!article || !analysis) continue;
    for (const s of listStatements(analysis, canonical))
      out.push({
        articleId: id,
        title: article.title,
        source: article.source,
        start: s.start,
        text: article.text.slice(s.start, s.end),
        cue: s.cue,
        kind: s.kind,
        quote: s.quote,
      });
  }
  return out;
}

/** Query options for what one entity says in the given articles. */
export const entityStatementsQuery = (canonical: string, articleIds: readonly string[]) =>
  queryOptions({
    queryKey: [...entityKeys.statements(canonical), articleIds.join(',')],
    queryFn: () => loadStatements(canonical, articleIds),
    staleTime: 0,
  });

/** What a person or organisation says, article by article: claims attributed to them and their quotes. */
export function useEntityStatements(canonical: string, articleIds: readonly string[], enabled: boolean) {
  return useQuery({ ...entityStatementsQuery(canonical, articleIds), enabled });
}

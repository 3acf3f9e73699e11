import { queryOptions, useQuery } from '@tanstack/react-query';
import { applyCorrections } from '../../../core/analysis-corrections';
import type { EntityType } from '../../../core/model';
import { getAnalysis } from '../../../db/analysis-repo';
import { getArticle } from '../../../db/article-repo';
import { listArticleCorrections } from '../../../db/correction-repo';
import { entityKeys } from '../../../lib/query-keys';

/** One mention of an entity in its sentence, for showing in context and linking to the reader. */
export type MentionInContext = Readonly<{
  articleId: string;
  title: string;
  start: number;
  before: string;
  text: string;
  after: string;
  /** Whether the context was cut short of its sentence (shown with an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}>;

const CONTEXT = 160;

async function loadMentions(
  type: EntityType,
  aliases: readonly string[],
  articleIds: readonly string[],
): Promise<MentionInContext[]> {
  const names = new Set(aliases);
  const out: MentionInContext[] = [];
  for (const id of articleIds) {
    const [article, analysis, corrections] = await Promise.all([
      getArticle(id),
      getAnalysis(id),
      listArticleCorrections(id),
    ]);
    if (!article || !analysis) continue;
    const { entities } = applyCorrections(analysis.entities, analysis.claims, corrections);
    for (const e of entities) {
      if (e.type !== type || !names.has(e.canonical)) continue;
      const sentence = analysis.sentences.find(([s, end]) => s <= e.start && e.end <= end);
      const [sStart, sEnd] = sentence ?? [0, article.text.length];
      const from = Math.max(sStart, e.start - CONTEXT);
      const to = Math.min(sEnd, e.end + CONTEXT);
      out.push({
        articleId: id,
        title: article.title,
        start: e.start,
        before: article.text.slice(from, e.start),
        text: article.text.slice(e.start, e.end),
        after: article.text.slice(e.end, to),
        cutBefore: from > sStart,
        cutAfter: to < sEnd,
      });
    }
  }
  return out;
}

/**
 * Query options for one entity's mentions in the given articles: those whose article gives it one of
 * `aliases` (the names the library linked into this entity).
 */
export const entityMentionsQuery = (
  type: EntityType,
  canonical: string,
  aliases: readonly string[],
  articleIds: readonly string[],
) =>
  queryOptions({
    queryKey: [...entityKeys.mentions(type, canonical), aliases.join('\u0000'), articleIds.join(',')],
    queryFn: () => loadMentions(type, aliases, articleIds),
    staleTime: 0,
  });

/** Every mention of one entity, under any of its linked names, with the sentence around it. */
export function useEntityMentions(
  type: EntityType,
  canonical: string,
  aliases: readonly string[],
  articleIds: readonly string[],
) {
  return useQuery(entityMentionsQuery(type, canonical, aliases, articleIds));
}

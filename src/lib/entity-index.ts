import { applyCorrections } from '../core/analysis-corrections';
import type { Analysis, Correction, EntityType } from '../core/model';
import { listAnalyses } from '../db/analysis-repo';
import { listArticles } from '../db/article-repo';
import { listAllCorrections } from '../db/correction-reads';

/** One canonical entity across the library: how often it is mentioned and in which articles. */
export type EntityIndexEntry = Readonly<{
  type: EntityType;
  canonical: string;
  mentions: number;
  articleIds: readonly string[];
}>;

/**
 * Every canonical entity of the given analyses with the analyst's corrections applied (corrections win),
 * most mentioned first. Analyses of articles not in `liveIds` (deleted meanwhile) are ignored.
 */
export function buildEntityIndex(
  analyses: readonly Analysis[],
  corrections: readonly Correction[],
  liveIds?: ReadonlySet<string>,
): EntityIndexEntry[] {
  const byArticle = new Map<string, Correction[]>();
  for (const c of corrections) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
  const entries = new Map<
    string,
    { type: EntityType; canonical: string; mentions: number; ids: Set<string> }
  >();
  for (const a of analyses) {
    if (liveIds && !liveIds.has(a.articleId)) continue;
    const { entities } = applyCorrections(a.entities, a.claims, byArticle.get(a.articleId) ?? []);
    for (const e of entities) {
      const key = `${e.type}\u0000${e.canonical}`;
      const entry = entries.get(key) ?? { type: e.type, canonical: e.canonical, mentions: 0, ids: new Set() };
      entries.set(key, entry);
      entry.mentions++;
      entry.ids.add(a.articleId);
    }
  }
  return [...entries.values()]
    .map(({ ids, ...rest }) => ({ ...rest, articleIds: [...ids] }))
    .sort((a, b) => b.mentions - a.mentions || a.canonical.localeCompare(b.canonical));
}

/** Reads every analysis, correction and live article and builds the library's entity index. */
export async function loadEntityIndex(): Promise<EntityIndexEntry[]> {
  const [analyses, corrections, articles] = await Promise.all([
    listAnalyses(),
    listAllCorrections(),
    listArticles(),
  ]);
  return buildEntityIndex(analyses, corrections, new Set(articles.map((a) => a.id)));
}

import { ENGINE_VERSION } from '../core/analysis/version';
import { applyCorrections } from '../core/analysis-corrections';
import type { CompareSide } from '../core/compare';
import { linkEntities, relinkEntities } from '../core/entities/link-entities';
import type { Analysis, Article } from '../core/model';
import { getAnalysis, saveAnalysis } from '../db/analysis-repo';
import { getArticle } from '../db/article-repo';
import { listArticleCorrections } from '../db/correction-repo';
import { getJobsClient } from '../workers/jobs-client';

/** The articles to compare, in the order asked, with their analyses; `missing` lists ids no longer stored. */
export type CompareSides = Readonly<{
  articles: readonly Article[];
  sides: readonly CompareSide[];
  analyses: readonly Analysis[];
  missing: readonly string[];
}>;

/** An article's stored analysis, or a fresh one from the worker (stored for next time) when it has none. */
async function ensureAnalysis(article: Article): Promise<Analysis> {
  const stored = await getAnalysis(article.id);
  if (stored && stored.engineVersion >= ENGINE_VERSION) return stored;
  const found = await getJobsClient().call('analyze', { text: article.text });
  const analysis: Analysis = {
    ...found,
    articleId: article.id,
    engineVersion: ENGINE_VERSION,
    analyzedAt: Date.now(),
  };
  await saveAnalysis(analysis, article.contentHash);
  return analysis;
}

/** An article's analysis with the analyst's corrections applied, as the reader shows it. */
async function loadCorrectedAnalysis(article: Article): Promise<Analysis> {
  const [analysis, corrections] = await Promise.all([
    ensureAnalysis(article),
    listArticleCorrections(article.id),
  ]);
  if (corrections.length === 0) return analysis;
  return { ...analysis, ...applyCorrections(analysis.entities, analysis.claims, corrections) };
}

/**
 * Reads the articles and their analyses (corrected by the analyst), analysing on the fly any that the
 * background queue has not reached. Entities are linked across the compared articles, so the summary sees
 * "Harbor Light Utilities" in one and "HLU" in the other as the same name.
 */
export async function loadCompareSides(ids: readonly string[]): Promise<CompareSides> {
  const found = await Promise.all(ids.map((id) => getArticle(id)));
  const articles = found.filter((a) => a !== null);
  const corrected = await Promise.all(articles.map(loadCorrectedAnalysis));
  const links = linkEntities(corrected.map((a) => a.entities));
  const analyses = corrected.map((a) => ({ ...a, entities: relinkEntities(a.entities, links) }));
  return {
    articles,
    analyses,
    sides: articles.map((a, k) => ({ id: a.id, text: a.text, analysis: analyses[k]!, date: a.date })),
    missing: ids.filter((_, k) => found[k] === null),
  };
}

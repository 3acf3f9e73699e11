import type { Analysis } from '../core/model';
import { readAnalysisRecord } from './records/analysis-record';
import { db } from './schema';

/** Stores (or replaces) an article's analysis, unless the article was deleted meanwhile. */
export async function saveAnalysis(analysis: Analysis): Promise<boolean> {
  return db.transaction('rw', db.articles, db.analyses, async () => {
    if (!(await db.articles.get(analysis.articleId))) return false;
    await db.analyses.put(analysis);
    return true;
  });
}

/** The stored analysis of an article, or null when it has none yet. */
export async function getAnalysis(articleId: string): Promise<Analysis | null> {
  const stored = await db.analyses.get(articleId);
  return stored ? readAnalysisRecord(stored) : null;
}

/** Ids of articles with no analysis, or one made by an engine older than `engineVersion`: the work queue. */
export async function listArticlesNeedingAnalysis(engineVersion: number): Promise<string[]> {
  const [ids, current] = await Promise.all([
    db.articles.orderBy('importedAt').primaryKeys(),
    db.analyses.where('engineVersion').aboveOrEqual(engineVersion).primaryKeys(),
  ]);
  const done = new Set(current);
  return ids.filter((id) => !done.has(id));
}

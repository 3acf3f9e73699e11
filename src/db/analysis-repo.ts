import type { Analysis } from '../core/model';
import { analysisRule, collectProblems } from '../core/records';
import { readAnalysisRecord } from './records/analysis-record';
import { db } from './schema';

/**
 * Stores (or replaces) an article's analysis, unless the article was deleted meanwhile or, given the content
 * hash of the text analysed, its text changed since (a new version keeps the article's id: the old text's
 * findings would otherwise be stored as current and never redone); the reader's cached findings built from the
 * one it replaces go in the same transaction.
 */
export async function saveAnalysis(analysis: Analysis, ofText?: string): Promise<boolean> {
  return db.transaction('rw', db.articles, db.analyses, db.readerFindings, async () => {
    const article = await db.articles.get(analysis.articleId);
    if (!article || (ofText !== undefined && article.contentHash !== ofText)) return false;
    await db.analyses.put(analysis);
    await db.readerFindings.delete(analysis.articleId);
    return true;
  });
}

/** The stored analysis of an article, or null when it has none yet. */
export async function getAnalysis(articleId: string): Promise<Analysis | null> {
  const stored = await db.analyses.get(articleId);
  return stored ? readAnalysisRecord(stored) : null;
}

/** An article's stored analysis checked field by field: none yet, sound, or damaged and thrown away. */
export type CheckedAnalysis =
  | Readonly<{ status: 'none' }>
  | Readonly<{ status: 'ok'; analysis: Analysis }>
  | Readonly<{ status: 'discarded'; problem: string }>;

/**
 * An article's stored analysis record after the same checks a restore makes (shape, types, offsets inside a
 * text of `length` characters; null: no text to check offsets against). One written behind the app's back (a
 * claim with null fields…) is deleted, so the background queue makes it again, and the first problem found is
 * returned to say why: a bad record never reaches a view.
 */
export async function checkStoredAnalysis(
  articleId: string,
  stored: Analysis | undefined,
  length: number | null,
): Promise<CheckedAnalysis> {
  if (!stored) return { status: 'none' };
  const [problem] = collectProblems(analysisRule(length), stored, 'the stored analysis', 1);
  if (problem === undefined) return { status: 'ok', analysis: readAnalysisRecord(stored) };
  await db.analyses.delete(articleId);
  return { status: 'discarded', problem };
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

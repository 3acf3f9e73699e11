import { applyCorrections } from '../core/analysis-corrections';
import { compactFindings } from '../core/findings';
import { getCheckedAnalysis } from '../db/analysis-repo';
import { getArticle } from '../db/article-repo';
import { listArticleCorrections } from '../db/correction-repo';
import type { ReaderFindingsResult, WorkerCommands } from './commands';
import type { Handlers } from './rpc';

/**
 * Reads, checks and corrects an article's analysis here, off the page: a 5 MB article's record is ~170,000
 * objects, which the page would spend seconds deserialising in one task. The page receives typed columns.
 */
export async function readReaderFindings(articleId: string): Promise<ReaderFindingsResult> {
  const [checked, corrections] = await Promise.all([
    getCheckedAnalysis(articleId),
    listArticleCorrections(articleId),
  ]);
  if (checked.status !== 'ok') return checked;
  const { entities, claims } = checked.analysis;
  return { status: 'ok', findings: compactFindings(applyCorrections(entities, claims, corrections)) };
}

/** The commands the reader's own worker answers: reading one article and its findings, nothing else. */
export type ReaderCommands = Pick<WorkerCommands, 'readArticle' | 'readerFindings'>;

export const readerHandlers: Handlers<ReaderCommands> = {
  readArticle: async ({ id }) => getArticle(id),
  readerFindings: async ({ articleId }) => readReaderFindings(articleId),
};

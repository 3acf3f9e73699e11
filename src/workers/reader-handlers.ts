import { getArticle } from '../db/article-repo';
import { readReaderFindings } from '../db/reader-findings-repo';
import type { WorkerCommands } from './commands';
import type { Handlers } from './rpc';

/** The commands the reader's own worker answers: reading one article and its findings, nothing else. */
export type ReaderCommands = Pick<WorkerCommands, 'readArticle' | 'readerFindings'>;

/**
 * Read here, off the page: a 5 MB article's analysis is ~170,000 objects, which the page would spend seconds
 * deserialising in one task; the page receives the findings as typed columns (`readReaderFindings`).
 */
export const readerHandlers: Handlers<ReaderCommands> = {
  readArticle: async ({ id }) => getArticle(id),
  readerFindings: async ({ articleId }) => readReaderFindings(articleId),
};

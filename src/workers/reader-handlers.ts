import { applyCorrections } from '../core/analysis-corrections';
import { compactFindings } from '../core/findings';
import { getCheckedAnalysis } from '../db/analysis-repo';
import { getArticle } from '../db/article-repo';
import { listArticleCorrections } from '../db/correction-repo';
import type { ReaderFindingsResult, WorkerCommands } from './commands';
import type { Handlers } from './rpc';
const __p=(l:string)=>console.log('[perf]',l,(performance.timeOrigin+performance.now()).toFixed(1));

/**
 * Reads, checks and corrects an article's analysis here, off the page: a 5 MB article's record is ~170,000
 * objects, which the page would spend seconds deserialising in one task. The page receives typed columns.
 */
export async function readReaderFindings(articleId: string): Promise<ReaderFindingsResult> {
  __p('w:findings start');
  const [checked, corrections] = await Promise.all([
    getCheckedAnalysis(articleId),
    listArticleCorrections(articleId),
  ]);
  __p('w:checked+corrections');
  if (checked.status !== 'ok') return checked;
  const { entities, claims } = checked.analysis;
  const c = applyCorrections(entities, claims, corrections);
  __p('w:applied');
  const f = compactFindings(c);
  __p('w:compacted');
  return { status: 'ok', findings: f };
}

/** The commands the reader's own worker answers: reading one article and its findings, nothing else. */
export type ReaderCommands = Pick<WorkerCommands, 'readArticle' | 'readerFindings'>;

export const readerHandlers: Handlers<ReaderCommands> = {
  readArticle: async ({ id }) => { __p('w:readArticle start'); const a = await getArticle(id); __p('w:readArticle end'); return a; },
  readerFindings: async ({ articleId }) => readReaderFindings(articleId),
};

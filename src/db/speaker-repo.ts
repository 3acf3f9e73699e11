import type { ArticleMeta } from '../core/model';
import { buildSpeakerTable, type SpeakerRow } from '../core/speakers/speaker-table';
import { listAllCorrections } from './correction-repo';
import { readAnalysisRecord } from './records/analysis-record';
import { db } from './schema';

/** Who the articles cite: the articles counted (stored and analysed) and one row per speaker. */
export type SpeakerTable = Readonly<{
  articles: ReadonlyArray<Pick<ArticleMeta, 'id' | 'title' | 'source'>>;
  rows: readonly SpeakerRow[];
}>;

/**
 * Reads the articles `ids` (a story, in its order; deleted or unanalysed ones left out), or with null every
 * article, with their analyses and the analyst's corrections, and builds their speaker table, names linked
 * across those articles. Reads every analysis of the library for null: run it in the worker.
 */
export async function loadSpeakerTable(ids: readonly string[] | null): Promise<SpeakerTable> {
  const [metas, analyses, corrections] = await Promise.all([
    ids ? db.articles.bulkGet([...ids]) : db.articles.toArray(),
    ids ? db.analyses.bulkGet([...ids]) : db.analyses.toArray(),
    listAllCorrections(),
  ]);
  const analysisOf = new Map(analyses.flatMap((a) => (a ? [[a.articleId, a] as const] : [])));
  const articles: Pick<ArticleMeta, 'id' | 'title' | 'source'>[] = [];
  const analysed = [];
  for (const meta of metas) {
    const analysis = meta && analysisOf.get(meta.id);
    if (!meta || !analysis) continue;
    articles.push({ id: meta.id, title: meta.title, source: meta.source });
    analysed.push(readAnalysisRecord(analysis));
  }
  return { articles, rows: buildSpeakerTable(analysed, corrections) };
}

import { correctionsByArticle } from '../core/analysis-corrections';
import type { ExportArticle } from '../core/export';
import type { Article, BackupCounts, BackupData, Label, Tag } from '../core/model';
import { readBackupRecords, readEachRecordKind } from './backup-tables';
import { joinArticle } from './records/article-record';
import { db } from './schema';

/** Ids of every article in library order (newest import first): what "export all" walks through in chunks. */
export async function listArticleIds(): Promise<string[]> {
  // Forwards, then reversed: a reverse read walks a cursor, one round trip per article.
  return ((await db.articles.orderBy('importedAt').primaryKeys()) as string[]).reverse();
}

/** The ids among `ids` that have at least one annotation, in the order given: an "annotated only" export. */
export async function keepAnnotatedIds(ids: readonly string[]): Promise<string[]> {
  // One key walk over the annotations' article index, never a read of the articles themselves.
  const annotated = new Set((await db.annotations.orderBy('articleId').uniqueKeys()) as string[]);
  return ids.filter((id) => annotated.has(id));
}

/** Every tag and label, so exporters can name them. */
export async function readTagsAndLabels(): Promise<{ tags: Tag[]; labels: Label[] }> {
  const [tags, labels] = await Promise.all([db.tags.toArray(), db.labels.toArray()]);
  return { tags, labels };
}

/** Whole articles (metadata and texts) for ids, in the order given, skipping ids no longer stored. */
export async function readArticles(ids: readonly string[]): Promise<Article[]> {
  const [metas, bodies] = await Promise.all([db.articles.bulkGet([...ids]), db.bodies.bulkGet([...ids])]);
  return metas.flatMap((meta, i) => {
    const body = bodies[i];
    return meta && body ? [joinArticle(meta, body)] : [];
  });
}

/**
 * One chunk of an export: each article with its analysis, annotations and the corrections that hold in it
 * (its own and the library-wide ones). Export reads the
 * library a chunk at a time so it can show progress and never holds one long read transaction.
 */
export async function readExportChunk(ids: readonly string[]): Promise<ExportArticle[]> {
  const [articles, analyses, annotations, own, wide] = await Promise.all([
    readArticles(ids),
    db.analyses.bulkGet([...ids]),
    db.annotations.where('articleId').anyOf(ids).toArray(),
    db.corrections.where('articleId').anyOf(ids).toArray(),
    db.corrections.where('scope').equals('library').toArray(),
  ]);
  const byId = new Map(ids.map((id, i) => [id, analyses[i] ?? null]));
  const ownIds = new Set(own.map((c) => c.id));
  const correctionsOf = correctionsByArticle([...own, ...wide.filter((c) => !ownIds.has(c.id))]);
  return articles.map((article) => ({
    article,
    analysis: byId.get(article.id) ?? null,
    annotations: annotations.filter((a) => a.articleId === article.id),
    corrections: correctionsOf(article.id),
  }));
}

/** How many records of each kind the workbench holds (shown on the Data page, and checked after restores). */
export async function countWorkbench(): Promise<BackupCounts> {
  const [articles, records] = await Promise.all([
    db.articles.count(),
    readEachRecordKind((table) => table.count()),
  ]);
  return { articles, ...records };
}

/**
 * Reads everything the workbench stores for a backup, articles `chunkSize` at a time, reporting how many
 * articles are read so far; the other tables are small beside the article texts and are read in one go.
 */
export async function readBackupData(
  onProgress: (done: number, total: number) => void,
  chunkSize = 200,
): Promise<BackupData> {
  const ids = await listArticleIds();
  const articles: Article[] = [];
  onProgress(0, ids.length);
  for (let i = 0; i < ids.length; i += chunkSize) {
    articles.push(...(await readArticles(ids.slice(i, i + chunkSize))));
    onProgress(Math.min(i + chunkSize, ids.length), ids.length);
  }
  return { articles, ...(await readBackupRecords()) };
}

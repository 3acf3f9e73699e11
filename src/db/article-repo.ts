import type { Analysis, Annotation, Article, ArticleMeta, Correction } from '../core/model';
import { Dexie } from 'dexie';
import { settleChunkRecords, type ChunkSettlement } from './import-journal-repo';
import { joinArticle, splitArticle } from './records/article-record';
import { db } from './schema';

/** Result of storing a batch: what was added and which inputs were already in the library. */
export type StoreResult = Readonly<{
  stored: readonly ArticleMeta[];
  duplicates: readonly Readonly<{ article: Article; existing: ArticleMeta }>[];
}>;

/**
 * Stores articles with their analyses (by article id, where there is one) in one transaction, skipping any
 * whose clean text (content hash) is already stored or repeats earlier in the batch: a crash or a reload
 * leaves each article whole, with its analysis, or absent.
 */
export async function storeArticles(
  articles: readonly Article[],
  analyses: ReadonlyMap<string, Analysis> = new Map(),
  /** The import journal chunk these articles come from: settled in the same transaction, so the journal never
   * calls a stored file unfinished. */
  journal: ChunkSettlement | null = null,
): Promise<StoreResult> {
  return db.transaction('rw', [db.articles, db.bodies, db.analyses, db.imports], async () => {
    // Repeats within the batch are known without asking the database.
    const first = new Map<string, ReturnType<typeof splitArticle>>();
    const repeats: Article[] = [];
    const candidates: Article[] = [];
    for (const article of articles) {
      if (first.has(article.contentHash)) repeats.push(article);
      else {
        first.set(article.contentHash, splitArticle(article));
        candidates.push(article);
      }
    }
    const metaOf = (a: Article) => first.get(a.contentHash)!.meta;
    // Texts already stored are refused by the unique content-hash index: adding and catching those refusals
    // costs one request per article, where looking the hashes up first cost one more each.
    const refused = await addRefusingStoredTexts(candidates.map(metaOf));
    const existing = new Map(
      (
        await db.articles
          .where('contentHash')
          .anyOf(refused.map((m) => m.contentHash))
          .toArray()
      ).map((m) => [m.contentHash, m]),
    );
    if (refused.some((m) => !existing.has(m.contentHash)))
      throw new Error('An article could not be added, and not because its text is already stored.');
    const refusedIds = new Set(refused.map((m) => m.id));
    const fresh = candidates.filter((a) => !refusedIds.has(a.id));
    // Issued together, so the database works through one while the next is serialized.
    await Promise.all([
      db.bodies.bulkAdd(fresh.map((a) => first.get(a.contentHash)!.body)),
      db.analyses.bulkPut(fresh.flatMap((a) => analyses.get(a.id) ?? [])),
      journal && settleChunkRecords(journal),
    ]);
    const duplicates = [
      ...candidates
        .filter((a) => refusedIds.has(a.id))
        .map((a) => ({ article: a, existing: existing.get(a.contentHash)! })),
      ...repeats.map((a) => {
        const earlier = metaOf(a);
        return { article: a, existing: refusedIds.has(earlier.id) ? existing.get(a.contentHash)! : earlier };
      }),
    ];
    return { stored: fresh.map(metaOf), duplicates };
  });
}

/**
 * Adds article metadata records; returns those refused for breaking a unique index (a text already stored).
 * Any other failure aborts the transaction.
 */
async function addRefusingStoredTexts(metas: readonly ArticleMeta[]): Promise<ArticleMeta[]> {
  try {
    await db.articles.bulkAdd([...metas]);
    return [];
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error;
    const failures = Object.entries(error.failuresByPos);
    if (failures.some(([, f]) => f.name !== 'ConstraintError')) throw error;
    return failures.map(([pos]) => metas[Number(pos)]!);
  }
}

// Records per read of the whole list: each page is one request and a short task on the page's thread (10,000
// records read at once were one task of ~0.3 s).
const PAGE = 1000;

const newestFirst = (a: ArticleMeta, b: ArticleMeta) =>
  b.importedAt - a.importedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Every article's metadata, newest import first (ties: larger id first). */
export async function listArticles(): Promise<ArticleMeta[]> {
  // Pages by primary key, one request each (a cursor, as a reverse read by import time is, costs a round trip
  // per record), then sorted in memory.
  const all: ArticleMeta[] = [];
  for (let page = await db.articles.limit(PAGE).toArray(); page.length > 0;) {
    all.push(...page);
    if (page.length < PAGE) break;
    page = await db.articles
      .where(':id')
      .above(page[page.length - 1]!.id)
      .limit(PAGE)
      .toArray();
  }
  return all.sort(newestFirst);
}

/** The `count` newest articles' metadata, newest first: what the library's first screen shows. */
export async function listNewestArticles(count: number): Promise<ArticleMeta[]> {
  return db.articles.orderBy('importedAt').reverse().limit(count).toArray();
}

/** One whole article (metadata and texts), or null when it is not (or no longer) stored. */
export async function getArticle(id: string): Promise<Article | null> {
  const [meta, body] = await Promise.all([db.articles.get(id), db.bodies.get(id)]);
  if (!meta || !body) return null;
  return joinArticle(meta, body);
}

/** Everything deleted with a set of articles, kept by the caller so the deletion can be undone. */
export type DeletedArticles = Readonly<{
  articles: readonly Article[];
  analyses: readonly Analysis[];
  annotations: readonly Annotation[];
  corrections: readonly Correction[];
}>;

/**
 * Deletes articles with their analyses, annotations and corrections, returning all of it for undo, and the
 * reader's cached findings (an undo leaves them to be built again).
 */
export async function deleteArticles(ids: readonly string[]): Promise<DeletedArticles> {
  const tables = [db.articles, db.bodies, db.analyses, db.annotations, db.corrections, db.readerFindings];
  return db.transaction('rw', tables, async () => {
    const metas = (await db.articles.bulkGet([...ids])).filter((m) => m !== undefined);
    const bodies = new Map(
      (await db.bodies.bulkGet([...ids])).flatMap((b) => (b ? [[b.id, b] as const] : [])),
    );
    const articles = metas.flatMap((meta) => {
      const body = bodies.get(meta.id);
      return body ? [joinArticle(meta, body)] : [];
    });
    const analyses = (await db.analyses.bulkGet([...ids])).filter((a) => a !== undefined);
    const annotations = await db.annotations.where('articleId').anyOf(ids).toArray();
    const corrections = await db.corrections.where('articleId').anyOf(ids).toArray();
    await db.articles.bulkDelete([...ids]);
    await db.bodies.bulkDelete([...ids]);
    await db.analyses.bulkDelete([...ids]);
    await db.annotations.bulkDelete(annotations.map((a) => a.id));
    await db.corrections.bulkDelete(corrections.map((c) => c.id));
    await db.readerFindings.bulkDelete([...ids]);
    return { articles, analyses, annotations, corrections };
  });
}

/** Puts deleted articles back exactly as they were (undo of `deleteArticles`). */
export async function restoreArticles(deleted: DeletedArticles): Promise<void> {
  const tables = [db.articles, db.bodies, db.analyses, db.annotations, db.corrections];
  await db.transaction('rw', tables, async () => {
    const parts = deleted.articles.map((a) => splitArticle(a));
    await db.articles.bulkPut(parts.map((p) => p.meta));
    await db.bodies.bulkPut(parts.map((p) => p.body));
    await db.analyses.bulkPut([...deleted.analyses]);
    await db.annotations.bulkPut([...deleted.annotations]);
    await db.corrections.bulkPut([...deleted.corrections]);
  });
}

import { describeRange, reanchorAll } from '../core/anchor';
import type { Annotation, Article, ArticleMeta, Correction } from '../core/model';
import { splitArticle } from './records/article-record';
import { db } from './schema';

/** What became of the annotations and corrections of an article replaced by a new version. */
export type VersionUpdate = Readonly<{
  articleId: string;
  title: string;
  /** Annotations placed again in the new text. */
  placed: number;
  /** Annotations that could not be placed (kept, flagged orphaned). */
  orphaned: number;
  correctionsPlaced: number;
  correctionsLost: number;
}>;

const key = (text: string | null): string => (text ?? '').trim().toLowerCase();

/** Lookups over the stored articles, built once per import batch rather than once per article. */
type VersionIndex = Readonly<{
  hashes: ReadonlySet<string>;
  byUrl: ReadonlyMap<string, ArticleMeta>;
  byTitleSource: ReadonlyMap<string, ArticleMeta>;
  byFileName: ReadonlyMap<string, ArticleMeta[]>;
}>;

async function buildVersionIndex(): Promise<VersionIndex> {
  const hashes = new Set<string>();
  const byUrl = new Map<string, ArticleMeta>();
  const byTitleSource = new Map<string, ArticleMeta>();
  const byFileName = new Map<string, ArticleMeta[]>();
  // Newest first, and the first entry per key is kept: the most recently imported match wins.
  for (const a of await db.articles.orderBy('importedAt').reverse().toArray()) {
    hashes.add(a.contentHash);
    if (a.url && !byUrl.has(a.url)) byUrl.set(a.url, a);
    if (a.source !== null) {
      const k = `${key(a.title)}\u0000${key(a.source)}`;
      if (!byTitleSource.has(k)) byTitleSource.set(k, a);
    }
    if (a.fileName && a.format !== 'paste')
      byFileName.set(a.fileName, [...(byFileName.get(a.fileName) ?? []), a]);
  }
  return { hashes, byUrl, byTitleSource, byFileName };
}

function lookUpVersion(index: VersionIndex, article: Article, singleInFile: boolean): ArticleMeta | null {
  if (index.hashes.has(article.contentHash)) return null;
  const byUrl = article.url ? index.byUrl.get(article.url) : undefined;
  if (byUrl) return byUrl;
  if (article.source !== null) {
    const byTitle = index.byTitleSource.get(`${key(article.title)}\u0000${key(article.source)}`);
    if (byTitle) return byTitle;
  }
  if (!singleInFile || article.format === 'paste' || !article.fileName) return null;
  const byFile = index.byFileName.get(article.fileName) ?? [];
  return byFile.length === 1 ? byFile[0]! : null;
}

/**
 * Returns the stored article `article` is a new version of, or null: same URL, or same title and source,
 * or (for a file that held one article and was not pasted) same file name — with a different content hash,
 * since identical text is a duplicate, not a version. The most recently imported match wins.
 */
export async function findPreviousVersion(
  article: Article,
  singleInFile: boolean,
): Promise<ArticleMeta | null> {
  return lookUpVersion(await buildVersionIndex(), article, singleInFile);
}

/** `findPreviousVersion` for a whole batch, reading the stored articles once: the previous version per input. */
export async function findPreviousVersions(
  items: readonly Readonly<{ article: Article; singleInFile: boolean }>[],
): Promise<(ArticleMeta | null)[]> {
  if (items.length === 0) return [];
  const index = await buildVersionIndex();
  return items.map(({ article, singleInFile }) => lookUpVersion(index, article, singleInFile));
}

/** Re-anchors corrections by their text and the old text around them; lost ones keep their old span. */
function reanchorCorrections(
  oldText: string,
  newText: string,
  corrections: readonly Correction[],
): { next: Correction[]; lost: number } {
  const targets = corrections.map((c) => describeRange(oldText, c.start, c.end));
  const moved = reanchorAll(newText, targets);
  let lost = 0;
  const next = corrections.map((c, i) => {
    const t = moved[i]!;
    if (t.orphaned) {
      lost++;
      return c;
    }
    return { ...c, start: t.position.start, end: t.position.end, text: t.quote.exact };
  });
  return { next, lost };
}

/**
 * Replaces stored article `existingId` with `article` in place: the id, tags and import history stay, the
 * texts and metadata become the new version's. Its annotations and corrections are re-anchored on the new
 * text (the ones that cannot be placed are kept and flagged, never dropped) and its analysis is deleted so
 * the background queue analyses the new text.
 */
export async function replaceWithNewVersion(existingId: string, article: Article): Promise<VersionUpdate> {
  const tables = [db.articles, db.bodies, db.analyses, db.annotations, db.corrections];
  return db.transaction('rw', tables, async () => {
    const [meta, body] = await Promise.all([db.articles.get(existingId), db.bodies.get(existingId)]);
    if (!meta || !body) throw new Error('The earlier version is no longer in the library.');
    const annotations = await db.annotations.where('articleId').equals(existingId).toArray();
    const corrections = await db.corrections.where('articleId').equals(existingId).toArray();
    const targets = reanchorAll(
      article.text,
      annotations.map((a) => a.target),
    );
    const now = Date.now();
    const nextAnnotations: Annotation[] = annotations.map((a, i) => ({
      ...a,
      target: targets[i]!,
      updatedAt: now,
    }));
    const { next: nextCorrections, lost } = reanchorCorrections(body.text, article.text, corrections);
    const { meta: newMeta, body: newBody } = splitArticle({
      ...article,
      id: existingId,
      tags: [...new Set([...meta.tags, ...article.tags])],
    });
    await db.articles.put(newMeta);
    await db.bodies.put(newBody);
    await db.analyses.delete(existingId);
    await db.annotations.bulkPut(nextAnnotations);
    await db.corrections.bulkPut(nextCorrections);
    const orphaned = nextAnnotations.filter((a) => a.target.orphaned).length;
    return {
      articleId: existingId,
      title: newMeta.title,
      placed: nextAnnotations.length - orphaned,
      orphaned,
      correctionsPlaced: corrections.length - lost,
      correctionsLost: lost,
    };
  });
}

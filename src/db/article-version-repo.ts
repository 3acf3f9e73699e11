import { describeRange, reanchorAll } from '../core/anchor';
import type { Analysis, Annotation, Article, ArticleMeta, Correction } from '../core/model';
import { splitArticle } from './records/article-record';
import { db } from './schema';

/** What became of the annotations and corrections of an article replaced by a new version. */
export type VersionUpdate = Readonly<{
  articleId: string;
  title: string;
  /** The stored metadata of the new version. */
  meta: ArticleMeta;
  /** Annotations placed again in the new text. */
  placed: number;
  /** Annotations that could not be placed (kept, flagged orphaned). */
  orphaned: number;
  correctionsPlaced: number;
  correctionsLost: number;
}>;

const key = (text: string | null): string => (text ?? '').trim().toLowerCase();

/**
 * Lookups over the stored articles, read once per import and kept current with `add` as batches are stored,
 * so finding previous versions costs one table read per import, not one per article or batch.
 */
export type VersionIndex = Readonly<{
  lookUp: (article: ArticleMeta, singleInFile: boolean) => ArticleMeta | null;
  add: (meta: ArticleMeta) => void;
}>;

/** Reads the stored articles' metadata into a `VersionIndex`. */
export async function loadVersionIndex(): Promise<VersionIndex> {
  const hashes = new Set<string>();
  const byUrl = new Map<string, ArticleMeta>();
  const byTitleSource = new Map<string, ArticleMeta>();
  const byFileName = new Map<string, ArticleMeta[]>();
  // Later imports replace earlier ones per key: the most recently imported match wins.
  const add = (a: ArticleMeta) => {
    hashes.add(a.contentHash);
    if (a.url) byUrl.set(a.url, a);
    if (a.source !== null) byTitleSource.set(`${key(a.title)}\u0000${key(a.source)}`, a);
    // A new version keeps its article's id: it replaces the entry rather than adding a second match.
    if (a.fileName && a.format !== 'paste')
      byFileName.set(a.fileName, [...(byFileName.get(a.fileName) ?? []).filter((b) => b.id !== a.id), a]);
  };
  for (const a of await db.articles.orderBy('importedAt').toArray()) add(a);
  const lookUp = (article: ArticleMeta, singleInFile: boolean): ArticleMeta | null => {
    if (hashes.has(article.contentHash)) return null;
    const sameUrl = article.url ? byUrl.get(article.url) : undefined;
    if (sameUrl) return sameUrl;
    if (article.source !== null) {
      const sameTitle = byTitleSource.get(`${key(article.title)}\u0000${key(article.source)}`);
      if (sameTitle) return sameTitle;
    }
    if (!singleInFile || article.format === 'paste' || !article.fileName) return null;
    const sameFile = byFileName.get(article.fileName) ?? [];
    return sameFile.length === 1 ? sameFile[0]! : null;
  };
  return { lookUp, add };
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
export async function replaceWithNewVersion(
  existingId: string,
  article: Article,
  analysis: Analysis | null = null,
): Promise<VersionUpdate> {
  const tables = [db.articles, db.bodies, db.analyses, db.annotations, db.corrections, db.readerFindings];
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
    // The old analysis describes the old text: replaced by the new one's, or gone until the queue makes it.
    if (analysis) await db.analyses.put({ ...analysis, articleId: existingId });
    else await db.analyses.delete(existingId);
    await db.readerFindings.delete(existingId);
    await db.annotations.bulkPut(nextAnnotations);
    await db.corrections.bulkPut(nextCorrections);
    const orphaned = nextAnnotations.filter((a) => a.target.orphaned).length;
    return {
      articleId: existingId,
      title: newMeta.title,
      meta: newMeta,
      placed: nextAnnotations.length - orphaned,
      orphaned,
      correctionsPlaced: corrections.length - lost,
      correctionsLost: lost,
    };
  });
}

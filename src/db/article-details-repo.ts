import type { ArticleMeta } from '../core/model';
import { db } from './schema';

/** What the analyst may correct of an article's metadata when ingest misread it. */
export type ArticleDetails = Readonly<{ title: string; source: string | null; date: string | null }>;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `date` is a real day written `YYYY-MM-DD` ("2024-02-30" is not). */
function isIsoDay(date: string): boolean {
  const m = ISO_DAY.exec(date);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.toISOString().slice(0, 10) === date;
}

/**
 * Stores an article's corrected title, outlet and date (blank outlet or date: unknown); its text, and so
 * every offset into it, stays as it was. Throws, changing nothing, on a blank title or a date that is no
 * `YYYY-MM-DD` day, and when the article is gone.
 */
export async function updateArticleDetails(id: string, details: ArticleDetails): Promise<ArticleMeta> {
  const title = details.title.trim();
  if (!title) throw new Error('An article needs a title.');
  const source = details.source?.trim() || null;
  const date = details.date?.trim() || null;
  if (date !== null && !isIsoDay(date)) throw new Error(`“${date}” is no date: write it as YYYY-MM-DD.`);
  return db.transaction('rw', db.articles, async () => {
    const current = await db.articles.get(id);
    if (!current) throw new Error('This article is no longer in the library.');
    const next: ArticleMeta = { ...current, title, source, date };
    await db.articles.put(next);
    return next;
  });
}

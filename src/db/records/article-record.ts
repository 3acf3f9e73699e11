import type { ArticleBody, ArticleMeta } from '../../core/model';
import { articleBodyRule, articleMetaRule, collectProblems } from '../../core/records';
import type { Migration, Problems } from './checks';

/** Problems of a stored article's metadata record (impossible counts and dates included). */
export function validateArticleMeta(value: unknown): Problems {
  return collectProblems(articleMetaRule, value, 'article');
}

/** Problems of a stored article body record. */
export function validateArticleBody(value: unknown): Problems {
  return collectProblems(articleBodyRule, value, 'article body');
}

/**
 * Migrations of the article record. Version 1 is the first schema; each later schema change adds a step
 * here, and Dexie's `version(n).upgrade()` only calls it.
 */
export const articleMigrations: readonly Migration[] = [];

/** Splits a whole article into the list record and the body record the database keeps apart. */
export function splitArticle(article: ArticleMeta & Omit<ArticleBody, 'id'>): {
  meta: ArticleMeta;
  body: ArticleBody;
} {
  const { text, originalText, removed, ...meta } = article;
  return { meta, body: { id: article.id, text, originalText, removed } };
}

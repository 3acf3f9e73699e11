import type { ArticleBody, ArticleMeta } from '../../core/model';
import {
  checkFields,
  isArray,
  isNullableString,
  isNumber,
  isString,
  isStringArray,
  type Migration,
  type Problems,
} from './checks';

export const ARTICLE_FORMATS = ['txt', 'md', 'html', 'json', 'jsonl', 'paste', 'pdf', 'docx', 'eml'];

/** Problems of a stored article's metadata record. */
export function validateArticleMeta(value: unknown): Problems {
  const problems = checkFields('article', value, {
    id: isString,
    contentHash: isString,
    title: isString,
    source: isNullableString,
    date: isNullableString,
    url: isNullableString,
    fileName: isNullableString,
    format: (v) => typeof v === 'string' && ARTICLE_FORMATS.includes(v),
    importedAt: isNumber,
    tags: isStringArray,
    wordCount: isNumber,
  });
  return problems;
}

/** Problems of a stored article body record. */
export function validateArticleBody(value: unknown): Problems {
  return checkFields('article body', value, {
    id: isString,
    text: isString,
    originalText: isString,
    removed: isArray,
  });
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

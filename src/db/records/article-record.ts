import type { Article, ArticleBody, ArticleMeta } from '../../core/model';
import { articleBodyRule, articleMetaRule, collectProblems } from '../../core/records';
import type { Problems } from './checks';

/** Problems of a stored article's metadata record (impossible counts and dates included). */
export function validateArticleMeta(value: unknown): Problems {
  return collectProblems(articleMetaRule, value, 'article');
}

/** Problems of a stored article body record. */
export function validateArticleBody(value: unknown): Problems {
  return collectProblems(articleBodyRule, value, 'article body');
}

/** Splits a whole article into the list record and the body record the database keeps apart. */
export function splitArticle(article: ArticleMeta & Omit<ArticleBody, 'id'>): {
  meta: ArticleMeta;
  body: ArticleBody;
} {
  const { text, originalText, removed, ...meta } = article;
  return { meta, body: { id: article.id, text, originalText, removed } };
}

/** Joins the list record and the body record back into the whole article (the reverse of `splitArticle`). */
export function joinArticle(meta: ArticleMeta, body: ArticleBody): Article {
  return { ...meta, text: body.text, originalText: body.originalText, removed: body.removed };
}

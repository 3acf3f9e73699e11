import type { Article } from '../core/model';

/** A stored-article record for db tests; `n` varies the text (and so the content hash). */
export function makeArticle(n: number, overrides: Partial<Article> = {}): Article {
  const text = `Harbour authority number ${n} reopened the northern pier on Tuesday, officials said.`;
  return {
    id: `article-${n}`,
    contentHash: `hash-${n}`,
    title: `Pier ${n} reopens`,
    source: 'Coastal Wire',
    date: '2024-03-05',
    url: null,
    format: 'txt',
    text,
    originalText: ` date 2024-03-05 Pier ${n} reopens\n${text}`,
    removed: [],
    fileName: `pier-${n}.txt`,
    importedAt: 1_700_000_000_000 + n,
    tags: [],
    wordCount: 12,
    ...overrides,
  };
}

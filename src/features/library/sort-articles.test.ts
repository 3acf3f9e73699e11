import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../db/test-articles';
import { sortArticles } from './sort-articles';

const a = makeArticle(1, { title: 'beta', date: '2024-01-02', source: null, wordCount: 10 });
const b = makeArticle(2, { title: 'Alpha', date: null, source: 'Wire', wordCount: 300 });
const c = makeArticle(3, { title: 'gamma', date: '2023-12-31', source: 'Agency', wordCount: 20 });

describe('sortArticles', () => {
  it('sorts titles case-insensitively', () => {
    expect(sortArticles([a, b, c], 'title', 'asc').map((x) => x.title)).toEqual(['Alpha', 'beta', 'gamma']);
  });

  it('puts articles without a date or source last in either direction', () => {
    expect(sortArticles([a, b, c], 'date', 'desc').map((x) => x.id)).toEqual([a.id, c.id, b.id]);
    expect(sortArticles([a, b, c], 'date', 'asc').map((x) => x.id)).toEqual([c.id, a.id, b.id]);
    expect(sortArticles([a, b, c], 'source', 'asc').map((x) => x.id)).toEqual([c.id, b.id, a.id]);
  });

  it('sorts word counts as numbers', () => {
    expect(sortArticles([b, a, c], 'wordCount', 'asc').map((x) => x.wordCount)).toEqual([10, 20, 300]);
  });
});

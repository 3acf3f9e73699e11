import { beforeEach, describe, expect, it } from 'vitest';
import { saveAnalysis } from './analysis-repo';
import { storeArticles } from './article-repo';
import { db } from './schema';
import { listGroupInputs } from './story-repo';
import { makeArticle } from './test-articles';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('story repo', () => {
  it('gives each article its text and date, with entity names only once it is analysed', async () => {
    await storeArticles([makeArticle(1), makeArticle(2, { date: null })]);
    await saveAnalysis({
      articleId: 'article-1',
      engineVersion: 1,
      analyzedAt: 1,
      sentences: [],
      claims: [],
      quotes: [],
      entities: [
        { start: 0, end: 8, type: 'ORG', text: 'Harbour', canonical: 'Harbour authority' },
        { start: 0, end: 8, type: 'ORG', text: 'Harbour', canonical: 'Harbour authority' },
        { start: 60, end: 67, type: 'DATE', text: 'Tuesday', canonical: 'Tuesday' },
      ],
    });
    const inputs = await listGroupInputs();
    expect(inputs).toEqual([
      {
        id: 'article-1',
        text: makeArticle(1).text,
        date: '2024-03-05',
        entities: ['Harbour authority'],
      },
      { id: 'article-2', text: makeArticle(2).text, date: null },
    ]);
  });
});

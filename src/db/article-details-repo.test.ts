import { beforeEach, describe, expect, it } from 'vitest';
import { getArticle, storeArticles } from './article-repo';
import { updateArticleDetails } from './article-details-repo';
import { db } from './schema';
import { makeArticle } from './test-articles';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await storeArticles([makeArticle(1)]);
});

describe('updateArticleDetails', () => {
  it('stores a corrected title, outlet and date, and leaves the text alone', async () => {
    const before = await getArticle('article-1');
    await updateArticleDetails('article-1', {
      title: ' Pier 1 reopens ',
      source: 'Coastal Ledger',
      date: '2024-02-28',
    });
    const after = await getArticle('article-1');
    expect(after).toMatchObject({ title: 'Pier 1 reopens', source: 'Coastal Ledger', date: '2024-02-28' });
    expect(after?.text).toBe(before?.text);
    await updateArticleDetails('article-1', { title: 'Pier 1 reopens', source: ' ', date: '' });
    expect(await getArticle('article-1')).toMatchObject({ source: null, date: null });
  });

  it('refuses a blank title, a date that is no day, and a deleted article, changing nothing', async () => {
    await expect(updateArticleDetails('article-1', { title: ' ', source: null, date: null })).rejects.toThrow(
      'needs a title',
    );
    await expect(
      updateArticleDetails('article-1', { title: 'x', source: null, date: '2024-02-30' }),
    ).rejects.toThrow('YYYY-MM-DD');
    await expect(updateArticleDetails('gone', { title: 'x', source: null, date: null })).rejects.toThrow(
      'no longer',
    );
    expect((await getArticle('article-1'))?.title).toBe(makeArticle(1).title);
  });
});

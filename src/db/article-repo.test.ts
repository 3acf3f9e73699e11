import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteArticles,
  getArticle,
  listArticles,
  listNewestArticles,
  restoreArticles,
  storeArticles,
} from './article-repo';
import { db } from './schema';
import { makeAnnotation } from './test-annotations';
import { makeArticle } from './test-articles';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('article repo', () => {
  it('stores articles and lists them newest first without their texts', async () => {
    await storeArticles([makeArticle(1), makeArticle(2)]);
    const list = await listArticles();
    expect(list.map((a) => a.id)).toEqual(['article-2', 'article-1']);
    expect(list[0]).not.toHaveProperty('text');
    const whole = await getArticle('article-1');
    expect(whole?.text).toContain('number 1 reopened');
  });

  it('lists a library larger than one read page whole, newest first, and its first screen alone', async () => {
    const articles = Array.from({ length: 2345 }, (_, i) =>
      makeArticle(i, { importedAt: 1000 + Math.floor(i / 3) }),
    );
    await storeArticles(articles);
    const list = await listArticles();
    expect(list).toHaveLength(2345);
    expect(new Set(list.map((a) => a.id)).size).toBe(2345);
    for (let i = 1; i < list.length; i++)
      expect(list[i - 1]!.importedAt).toBeGreaterThanOrEqual(list[i]!.importedAt);
    const first = await listNewestArticles(40);
    expect(first.map((a) => a.id)).toEqual(list.slice(0, 40).map((a) => a.id));
  });

  it('stores each article with its analysis in the same transaction, and neither when the write fails', async () => {
    const analysisOf = (id: string) => ({
      articleId: id,
      engineVersion: 1,
      analyzedAt: 1,
      sentences: [[0, 10] as const],
      entities: [],
      claims: [],
      quotes: [],
    });
    await storeArticles([makeArticle(1)], new Map([['article-1', analysisOf('article-1')]]));
    expect(await db.analyses.get('article-1')).toMatchObject({ articleId: 'article-1' });

    // A second article with an id already taken fails the bulkAdd: its analysis must not land either.
    await expect(
      storeArticles(
        [makeArticle(2), makeArticle(3, { id: 'article-1' })],
        new Map([['article-2', analysisOf('article-2')]]),
      ),
    ).rejects.toThrow();
    expect(await db.articles.count()).toBe(1);
    expect(await db.bodies.count()).toBe(1);
    expect(await db.analyses.count()).toBe(1);
  });

  it('does not store the same clean text twice, in one batch or across batches', async () => {
    const first = await storeArticles([makeArticle(1), makeArticle(9, { contentHash: 'hash-1' })]);
    expect(first.stored).toHaveLength(1);
    expect(first.duplicates.map((d) => d.existing.id)).toEqual(['article-1']);
    const again = await storeArticles([makeArticle(5, { contentHash: 'hash-1' })]);
    expect(again.stored).toHaveLength(0);
    expect(await db.articles.count()).toBe(1);
  });

  it('stores the new texts of a batch that mixes them with stored ones and repeats, each new one whole', async () => {
    await storeArticles([makeArticle(1)]);
    const analysis = (id: string) => ({
      articleId: id,
      engineVersion: 1,
      analyzedAt: 1,
      sentences: [],
      entities: [],
      claims: [],
      quotes: [],
    });
    const batch = [
      makeArticle(2),
      makeArticle(3, { contentHash: 'hash-1' }),
      makeArticle(4, { contentHash: 'hash-2' }),
      makeArticle(5, { contentHash: 'hash-1' }),
      makeArticle(6),
    ];
    const result = await storeArticles(batch, new Map(batch.map((a) => [a.id, analysis(a.id)])));
    expect(result.stored.map((m) => m.id)).toEqual(['article-2', 'article-6']);
    const existing = Object.fromEntries(result.duplicates.map((d) => [d.article.id, d.existing.id]));
    expect(existing).toEqual({
      'article-3': 'article-1',
      'article-4': 'article-2',
      'article-5': 'article-1',
    });
    expect((await db.bodies.toCollection().primaryKeys()).sort()).toEqual([
      'article-1',
      'article-2',
      'article-6',
    ]);
    expect((await db.analyses.toCollection().primaryKeys()).sort()).toEqual(['article-2', 'article-6']);
  });

  it('deletes an article with its annotations and brings all of it back on undo', async () => {
    await storeArticles([makeArticle(1), makeArticle(2)]);
    const text = makeArticle(1).text;
    const start = text.indexOf('northern pier');
    await db.annotations.add(
      makeAnnotation('ann-1', text, start, start + 'northern pier'.length, { note: 'check' }),
    );
    const deleted = await deleteArticles(['article-1']);
    expect(await getArticle('article-1')).toBeNull();
    expect(await db.annotations.count()).toBe(0);
    await restoreArticles(deleted);
    expect((await getArticle('article-1'))?.title).toBe('Pier 1 reopens');
    expect(await db.annotations.get('ann-1')).toBeTruthy();
  });

  it('starts a new database with the built-in labels', async () => {
    const names = (await db.labels.toArray()).map((l) => l.name).sort();
    expect(names).toEqual(['Disputed', 'Key fact', 'Needs source', 'Quote']);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { putAnnotation } from '../db/annotation-repo';
import { deleteArticles, storeArticles } from '../db/article-repo';
import { db } from '../db/schema';
import type { SavedSearchIndex } from '../db/records/search-index-record';
import { loadSavedSearchIndex } from '../db/search-index-repo';
import { makeAnnotation } from '../db/test-annotations';
import { makeArticle } from '../db/test-articles';
import type { SearchProgress } from './search-commands';
import { SAVED_INDEX_FORMAT } from './search-index-sync';
import { createSearchHandlers } from './search-service';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const ids = (matches: readonly string[]) => [...matches].sort();

describe('search handlers', () => {
  it('build the index from the database on the first search, reporting progress per chunk', async () => {
    await storeArticles(Array.from({ length: 300 }, (_, n) => makeArticle(n)));
    const text = makeArticle(7).text;
    await putAnnotation(
      makeAnnotation('n1', text, 0, 7, { articleId: 'article-7', note: 'ask the ferry operator' }),
    );
    const progress: SearchProgress[] = [];
    const search = createSearchHandlers((p) => progress.push(p));
    const found = await search.search({ query: 'ferry', rows: 5 });
    expect(found.ids).toEqual(['article-7']);
    expect(found.rows).toMatchObject([{ articleId: 'article-7', match: { fromNote: true } }]);
    // Rows for the results on screen: a non-matching article has its row but no passage.
    expect(await search.rows({ query: 'ferry', ids: ['article-7', 'article-8'] })).toMatchObject([
      { articleId: 'article-7', title: makeArticle(7).title, match: { fromNote: true } },
      { articleId: 'article-8', match: null },
    ]);
    expect(progress).toEqual([
      { indexed: 0, total: 300 },
      { indexed: 250, total: 300 },
      { indexed: 300, total: 300 },
    ]);
    expect((await search.search({ query: '"number 12 reopened"' })).ids).toEqual(['article-12']);
    const [row] = await search.rows({ query: '"number 12 reopened"', ids: ['article-12'] });
    expect(row?.match?.snippet?.start).toBe(makeArticle(12).text.indexOf('number 12'));
    expect(row?.match?.snippet?.parts.filter((p) => p.match).map((p) => p.text)).toEqual([
      'number 12 reopened',
    ]);
  });

  it('read changed articles from the database by id and drop those no longer stored', async () => {
    await storeArticles([makeArticle(1)]);
    const search = createSearchHandlers(() => {});
    expect(ids((await search.search({ query: 'pier' })).ids)).toEqual(['article-1']);
    await storeArticles([makeArticle(2, { title: 'Lighthouse keeper retires' })]);
    await search.upsertArticles({ ids: ['article-2'] });
    expect(ids((await search.search({ query: 'lighthouse' })).ids)).toEqual(['article-2']);
    await deleteArticles(['article-1']);
    await search.upsertArticles({ ids: ['article-1'] });
    expect(ids((await search.search({ query: 'pier' })).ids)).toEqual(['article-2']);
    await search.removeArticles({ ids: ['article-2'] });
    expect((await search.search({ query: 'pier' })).ids).toEqual([]);
  });

  it('apply changes sent while the index is being built after the build, in order', async () => {
    await storeArticles(Array.from({ length: 600 }, (_, n) => makeArticle(n)));
    const search = createSearchHandlers(() => {});
    const building = search.search({ query: 'pier' });
    // Notes the database does not hold: only the messages can put them in the index.
    const text = makeArticle(3).text;
    const kept = makeAnnotation('n1', text, 0, 7, { articleId: 'article-3', note: 'lighthouse' });
    const dropped = makeAnnotation('n2', text, 0, 7, { articleId: 'article-4', note: 'lighthouse' });
    void search.upsertAnnotations({ annotations: [kept, dropped] });
    void search.removeAnnotation({ id: 'n2' });
    const after = search.search({ query: 'lighthouse' });
    expect((await building).ids).toHaveLength(600);
    expect(ids((await after).ids)).toEqual(['article-3']);
  });

  it('rebuild after a reset, seeing records written without telling the index', async () => {
    await storeArticles([makeArticle(1)]);
    const search = createSearchHandlers(() => {});
    expect((await search.search({ query: 'lighthouse' })).ids).toEqual([]);
    await storeArticles([makeArticle(2, { title: 'Lighthouse keeper retires' })]);
    expect((await search.search({ query: 'lighthouse' })).ids).toEqual([]);
    await search.reset({});
    expect(ids((await search.search({ query: 'lighthouse' })).ids)).toEqual(['article-2']);
  });

  it('save the index and, in the next session, load it and index only what changed while no worker ran', async () => {
    await storeArticles(Array.from({ length: 300 }, (_, n) => makeArticle(n)));
    const first = createSearchHandlers(() => {}, { saveAfterMs: 0 });
    expect((await first.search({ query: 'pier' })).ids).toHaveLength(300);
    await new Promise((r) => setTimeout(r, 20));
    await first.search({ query: 'pier' }); // runs after the save, which the timer queued
    expect(await loadSavedSearchIndex()).toMatchObject({ format: SAVED_INDEX_FORMAT });

    // Meanwhile, with no worker running: one article added, one deleted, one replaced by a new version.
    await storeArticles([makeArticle(300, { title: 'Lighthouse keeper retires' })]);
    await deleteArticles(['article-1']);
    await db.articles.update('article-2', { title: 'Harbour crane toppled', contentHash: 'hash-2b' });

    const progress: SearchProgress[] = [];
    const next = createSearchHandlers((p) => progress.push(p), { saveAfterMs: 0 });
    expect((await next.search({ query: 'lighthouse' })).ids).toEqual(['article-300']);
    expect((await next.search({ query: 'crane' })).ids).toEqual(['article-2']);
    const piers = (await next.search({ query: 'pier' })).ids;
    expect(piers).toHaveLength(300);
    expect(piers).not.toContain('article-1');
    expect(progress.at(-1)).toEqual({ indexed: 2, total: 2 });
  });

  it('warm: load a saved index ahead of the first search, and build nothing when none is saved', async () => {
    await storeArticles([makeArticle(1)]);
    const progress: SearchProgress[] = [];
    const cold = createSearchHandlers((p) => progress.push(p), { saveAfterMs: 0 });
    await cold.warm({});
    expect(progress).toEqual([]);
    expect(await loadSavedSearchIndex()).toBeNull();
    await cold.search({ query: 'pier' });
    await new Promise((r) => setTimeout(r, 20));
    await cold.search({ query: 'pier' }); // after the save

    const warm = createSearchHandlers((p) => progress.push(p));
    progress.length = 0;
    await warm.warm({});
    expect(progress).toEqual([{ indexed: 0, total: 0 }]);
    await storeArticles([makeArticle(2, { title: 'Lighthouse keeper retires' })]);
    // The loaded index takes changes at once: no stamp check waits for the next search.
    await warm.upsertArticles({ ids: ['article-2'] });
    expect((await warm.search({ query: 'lighthouse' })).ids).toEqual(['article-2']);
    expect(progress).toEqual([{ indexed: 0, total: 0 }]);
  });

  it('rebuild when the saved index is of another format', async () => {
    await storeArticles([makeArticle(1)]);
    // The first format's record: MiniSearch's JSON, no packed index.
    await db.searchIndex.put({
      key: 'articles',
      format: 1,
      json: '{}',
      articles: { 'article-1': 'stamp' },
      notes: {},
      savedAt: 1,
    } as unknown as SavedSearchIndex);
    const search = createSearchHandlers(() => {});
    expect((await search.search({ query: 'pier' })).ids).toEqual(['article-1']);
  });
});

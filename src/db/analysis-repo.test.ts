import { beforeEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../core/model';
import { storeArticles } from './article-repo';
import { checkStoredAnalysis, getAnalysis, listArticlesNeedingAnalysis, saveAnalysis } from './analysis-repo';
import { db } from './schema';
import { makeArticle } from './test-articles';

const analysisOf = (articleId: string, engineVersion: number): Analysis => ({
  articleId,
  engineVersion,
  analyzedAt: 1,
  sentences: [[0, 10]],
  entities: [],
  claims: [],
  quotes: [],
});

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('analysis repo', () => {
  it('queues articles with no analysis or an older engine version, oldest import first', async () => {
    await storeArticles([makeArticle(1), makeArticle(2), makeArticle(3)]);
    await saveAnalysis(analysisOf('article-1', 2));
    await saveAnalysis(analysisOf('article-2', 1));
    expect(await listArticlesNeedingAnalysis(2)).toEqual(['article-2', 'article-3']);
    expect(await listArticlesNeedingAnalysis(3)).toEqual(['article-1', 'article-2', 'article-3']);
  });

  it('does not store an analysis for an article deleted meanwhile', async () => {
    expect(await saveAnalysis(analysisOf('gone', 1))).toBe(false);
    expect(await getAnalysis('gone')).toBeNull();
  });

  it('does not store the analysis of a text the article no longer has (a new version came in meanwhile)', async () => {
    const [article] = (await storeArticles([makeArticle(4)])).stored;
    expect(await saveAnalysis(analysisOf('article-4', 7), 'hash of the text before')).toBe(false);
    expect(await getAnalysis('article-4')).toBeNull();
    expect(await saveAnalysis(analysisOf('article-4', 7), article!.contentHash)).toBe(true);
    expect((await getAnalysis('article-4'))?.engineVersion).toBe(7);
  });
});

describe('the reader’s checked read', () => {
  const claim = { start: 0, end: 10, score: 0.5, attribution: null, speaker: null, hedge: null };
  const withClaim = (c: object) => ({ ...analysisOf('article-5', 4), claims: [c] });

  it('returns a sound analysis as stored', async () => {
    await storeArticles([makeArticle(5)]);
    await saveAnalysis(withClaim({ ...claim, quotes: [], numbers: [] }) as Analysis);
    const read = await checkStoredAnalysis('article-5', await db.analyses.get('article-5'), 20);
    expect(read.status).toBe('ok');
    expect(read.status === 'ok' && read.analysis.claims).toHaveLength(1);
  });

  it('discards an analysis damaged behind the app’s back, saying what is wrong, so it is made again', async () => {
    await storeArticles([makeArticle(5)]);
    // Written straight into the table, as a bug or another tool might: null lists, an offset past the text.
    await db.analyses.put(withClaim({ ...claim, end: 9999, quotes: null, numbers: null }) as never);
    const read = await checkStoredAnalysis('article-5', await db.analyses.get('article-5'), 20);
    expect(read).toEqual({
      status: 'discarded',
      problem: 'the stored analysis: claims[0].quotes is null, expected a list',
    });
    expect(await db.analyses.get('article-5')).toBeUndefined();
    expect(await listArticlesNeedingAnalysis(1)).toEqual(['article-5']);
    expect(await checkStoredAnalysis('article-5', undefined, 20)).toEqual({ status: 'none' });
  });
});

describe('analyses stored by an older engine', () => {
  it('read with no quotes, claims scored 1 and no speakers until analysed again', async () => {
    await storeArticles([makeArticle(4)]);
    const claim = { start: 0, end: 10, attribution: null, hedge: null, quotes: [], numbers: [] };
    // An engine-3 record, as IndexedDB holds it: no quotes, no score, no speaker.
    await db.analyses.put({ ...analysisOf('article-4', 3), claims: [claim] } as unknown as Analysis);
    const read = await getAnalysis('article-4');
    expect(read?.quotes).toEqual([]);
    expect(read?.claims[0]).toMatchObject({ score: 1, speaker: null });
  });
});

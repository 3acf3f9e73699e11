import { beforeEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../core/model';
import { storeArticles } from './article-repo';
import { getAnalysis, listArticlesNeedingAnalysis, saveAnalysis } from './analysis-repo';
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

import { beforeEach, describe, expect, it } from 'vitest';
import type { Analysis, Entity } from '../core/model';
import { saveAnalysis } from './analysis-repo';
import { storeArticles } from './article-repo';
import { saveCorrections } from './correction-repo';
import { findWordsInLibrary, loadEntityIndex } from './entity-repo';
import { db } from './schema';
import { makeArticle } from './test-articles';

const org = (start: number, text: string, canonical = text): Entity => ({
  start,
  end: start + text.length,
  type: 'ORG',
  text,
  canonical,
});

const analysisOf = (articleId: string, entities: Entity[]): Analysis => ({
  articleId,
  engineVersion: 1,
  analyzedAt: 1,
  sentences: [],
  entities,
  claims: [],
  quotes: [],
});

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('entity repo', () => {
  it('reads the stored analyses and corrections into one index linked across articles', async () => {
    await storeArticles([makeArticle(1), makeArticle(2)]);
    // The two articles share a name (the trust's harbour), so the acronym one defines is the other's too.
    await saveAnalysis(
      analysisOf('article-1', [
        org(0, 'Pell River Trust'),
        org(30, 'PRT', 'Pell River Trust'),
        org(40, 'Kestrel Harbour'),
      ]),
    );
    await saveAnalysis(
      analysisOf('article-2', [org(4, 'PRT'), org(20, 'Dunmore'), org(40, 'Kestrel Harbour')]),
    );
    // An analysis whose article was deleted meanwhile is left out.
    await saveAnalysis(analysisOf('article-9', [org(0, 'Pell River Trust')]));
    await saveCorrections([
      {
        id: 'c1',
        articleId: 'article-2',
        target: 'entity',
        start: 20,
        end: 27,
        text: 'Dunmore',
        action: { kind: 'retype', type: 'PLACE' },
        createdAt: 1,
        scope: 'library',
      },
    ]);
    expect(await loadEntityIndex()).toEqual([
      {
        type: 'ORG',
        canonical: 'Pell River Trust',
        mentions: 3,
        articleIds: ['article-1', 'article-2'],
        aliases: ['Pell River Trust', 'PRT'],
        spellings: [],
        label: 'Pell River Trust',
      },
      {
        type: 'ORG',
        canonical: 'Kestrel Harbour',
        mentions: 2,
        articleIds: ['article-1', 'article-2'],
        aliases: ['Kestrel Harbour'],
        spellings: [],
        label: 'Kestrel Harbour',
      },
      {
        type: 'PLACE',
        canonical: 'Dunmore',
        mentions: 1,
        articleIds: ['article-2'],
        aliases: ['Dunmore'],
        spellings: [],
        label: 'Dunmore',
      },
    ]);
  });

  it('finds the words of a library-wide add as whole words in every article that has them', async () => {
    await storeArticles([
      makeArticle(1, {
        text: 'The northern pier reopened. A northern pier crane moved to the northern piers.',
      }),
      makeArticle(2, { text: 'Nothing about it here.' }),
      makeArticle(3, { text: 'Ships queued off the northern pier.' }),
    ]);
    const found = await findWordsInLibrary('northern pier');
    expect([...found].sort()).toEqual([
      ['article-1', [4, 30]],
      ['article-3', [21]],
    ]);
  });
});

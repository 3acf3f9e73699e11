import { beforeEach, describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../core/analysis/version';
import { ENTITY_TYPES, type Analysis, type Correction, type Entity } from '../core/model';
import { saveAnalysis } from './analysis-repo';
import { deleteArticles, restoreArticles, storeArticles } from './article-repo';
import { replaceWithNewVersion } from './article-version-repo';
import { readBackupRecords } from './backup-tables';
import { clearWorkbench, restoreBackup } from './backup-repo';
import { deleteCorrections, saveCorrections } from './correction-repo';
import { readReaderFindings, type ReaderFindingsResult } from './reader-findings-repo';
import { db } from './schema';
import { makeArticle } from './test-articles';

// makeArticle's text: "Harbour authority number N reopened the northern pier on Tuesday, officials said."
const entity = (start: number, end: number, type: Entity['type'], text: string): Entity => ({
  start,
  end,
  type,
  text,
  canonical: text,
});
const HARBOUR = entity(0, 17, 'ORG', 'Harbour authority');
const TUESDAY = entity(57, 64, 'DATE', 'Tuesday');

const analysisOf = (articleId: string, entities: Entity[], engineVersion = ENGINE_VERSION): Analysis => ({
  articleId,
  engineVersion,
  analyzedAt: 1,
  sentences: [[0, 81]],
  entities,
  claims: [
    {
      start: 0,
      end: 81,
      score: 0.7,
      attribution: { start: 66, end: 80, kind: 'official', text: 'officials said' },
      speaker: { start: 66, end: 75, text: 'officials', canonical: 'officials' },
      hedge: null,
      quotes: [],
      numbers: [],
    },
  ],
  quotes: [],
});

const retype = (id: string, articleId: string, scope: Correction['scope'], createdAt = 5): Correction => ({
  id,
  articleId,
  target: 'entity',
  start: 0,
  end: 17,
  text: 'Harbour authority',
  action: { kind: 'retype', type: 'PLACE' },
  createdAt,
  scope,
});

/** The findings' entities as "text TYPE" pairs, the way the reader paints them. */
function painted(result: ReaderFindingsResult): string[] {
  if (result.status !== 'ok') return [result.status];
  const { entities, names } = result.findings;
  return Array.from(
    entities.start,
    (_, i) => `${names[entities.name[i]!]} ${ENTITY_TYPES[entities.type[i]!]}`,
  );
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  await storeArticles(
    [makeArticle(1), makeArticle(2)],
    new Map([
      ['article-1', analysisOf('article-1', [HARBOUR, TUESDAY])],
      ['article-2', analysisOf('article-2', [HARBOUR])],
    ]),
  );
});

describe('the reader’s findings cache', () => {
  it('is written on the first open only, and later opens are served from it', async () => {
    expect(await db.readerFindings.count()).toBe(0);
    const first = await readReaderFindings('article-1');
    expect(painted(first)).toEqual(['Harbour authority ORG', 'Tuesday DATE']);
    expect(await db.readerFindings.get('article-1')).toMatchObject({
      engineVersion: ENGINE_VERSION,
      contentHash: 'hash-1',
    });
    // The analysis changed behind the app's back (no save through the repo): a hit never reads it.
    await db.analyses.put(analysisOf('article-1', [TUESDAY]));
    expect(await readReaderFindings('article-1')).toEqual(first);
  });

  it('is built again after a new analysis is saved', async () => {
    await readReaderFindings('article-1');
    await saveAnalysis(analysisOf('article-1', [TUESDAY]));
    expect(await db.readerFindings.get('article-1')).toBeUndefined();
    expect(painted(await readReaderFindings('article-1'))).toEqual(['Tuesday DATE']);
  });

  it('is not written for an older engine’s analysis, which the queue is about to replace', async () => {
    await saveAnalysis(analysisOf('article-1', [TUESDAY], ENGINE_VERSION - 1));
    expect(painted(await readReaderFindings('article-1'))).toEqual(['Tuesday DATE']);
    expect(await db.readerFindings.count()).toBe(0);
  });

  it.each([
    ['this mention', retype('fix', 'article-1', 'mention')],
    ['this article', retype('fix', 'article-1', 'article')],
    ['the library, from another article', retype('fix', 'article-2', 'library')],
  ])('shows a correction to %s, and its undo', async (_, correction) => {
    await readReaderFindings('article-1');
    await saveCorrections([correction]);
    expect(painted(await readReaderFindings('article-1'))).toEqual([
      'Harbour authority PLACE',
      'Tuesday DATE',
    ]);
    await deleteCorrections([correction.id]);
    expect(painted(await readReaderFindings('article-1'))).toEqual(['Harbour authority ORG', 'Tuesday DATE']);
  });

  it('is not fooled by another article’s own corrections, nor by a correction edited in place', async () => {
    await saveCorrections([retype('other', 'article-2', 'article')]);
    expect(painted(await readReaderFindings('article-1'))).toEqual(['Harbour authority ORG', 'Tuesday DATE']);
    await saveCorrections([retype('fix', 'article-1', 'mention')]);
    await readReaderFindings('article-1');
    await saveCorrections([{ ...retype('fix', 'article-1', 'mention'), action: { kind: 'reject' } }]);
    expect(painted(await readReaderFindings('article-1'))).toEqual(['Tuesday DATE']);
  });

  it('goes with its article, and an undone delete builds it again', async () => {
    await readReaderFindings('article-1');
    const deleted = await deleteArticles(['article-1']);
    expect(await db.readerFindings.count()).toBe(0);
    expect(await readReaderFindings('article-1')).toEqual({ status: 'none' });
    await restoreArticles(deleted);
    expect(painted(await readReaderFindings('article-1'))).toEqual(['Harbour authority ORG', 'Tuesday DATE']);
  });

  it('goes when a new version replaces the article’s text', async () => {
    await readReaderFindings('article-1');
    const text = 'Tuesday came and the Harbour authority said nothing more about the pier.';
    await replaceWithNewVersion('article-1', makeArticle(1, { text, contentHash: 'hash-new' }));
    expect(await db.readerFindings.count()).toBe(0);
    expect(await readReaderFindings('article-1')).toEqual({ status: 'none' });
  });

  it('is built again when its row is damaged or written for another text', async () => {
    const sound = await readReaderFindings('article-1');
    const row = (await db.readerFindings.get('article-1'))!;
    const damaged = [
      { ...row, findings: { ...row.findings, names: [] } },
      { ...row, findings: { ...row.findings, entities: { ...row.findings.entities, end: [17, 99999] } } },
      { ...row, textLength: 10 },
      { ...row, contentHash: 'hash-2' },
      { ...row, format: -1 },
      { articleId: 'article-1', findings: null },
    ];
    for (const bad of damaged) {
      await db.readerFindings.put(bad as never);
      expect(await readReaderFindings('article-1')).toEqual(sound);
      expect(await db.readerFindings.get('article-1')).toEqual(row);
    }
  });

  it('never reaches the reader from a damaged analysis: that is discarded with its problem', async () => {
    await db.analyses.put({ ...analysisOf('article-1', [HARBOUR]), entities: [null] } as never);
    const read = await readReaderFindings('article-1');
    expect(read.status).toBe('discarded');
    expect(read.status === 'discarded' && read.problem).toContain('the stored analysis: entities[0]');
    expect(await db.analyses.get('article-1')).toBeUndefined();
    expect(await db.readerFindings.count()).toBe(0);
  });

  it('is never in a backup; a restore and clearing the workbench empty it', async () => {
    await readReaderFindings('article-1');
    expect(Object.keys(await readBackupRecords())).not.toContain('readerFindings');
    await restoreBackup({ ...(await readBackupRecords()), articles: [] });
    expect(await db.readerFindings.count()).toBe(0);
    await readReaderFindings('article-1');
    await clearWorkbench();
    expect(await db.readerFindings.count()).toBe(0);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { Correction } from '../core/model';
import {
  deleteCorrection,
  listAllCorrections,
  listCorrectionsByArticle,
  saveCorrection,
} from './correction-repo';
import { db } from './schema';

const correction = (id: string, createdAt: number, articleId = 'article-1'): Correction => ({
  id,
  articleId,
  target: 'entity',
  start: 10,
  end: 14,
  text: 'U.S.',
  action: { kind: 'merge', canonical: 'United States' },
  createdAt,
});

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('correction repo', () => {
  it('lists an article’s corrections oldest first, so the latest decision is applied last', async () => {
    await saveCorrection(correction('b', 20));
    await saveCorrection(correction('a', 10));
    await saveCorrection(correction('c', 5, 'article-2'));
    expect((await listCorrectionsByArticle('article-1')).map((c) => c.id)).toEqual(['a', 'b']);
    expect((await listAllCorrections()).map((c) => c.id)).toEqual(['c', 'a', 'b']);
  });

  it('deletes a correction and hands it back for undo', async () => {
    await saveCorrection(correction('a', 10));
    expect((await deleteCorrection('a'))?.action).toEqual({ kind: 'merge', canonical: 'United States' });
    expect(await listCorrectionsByArticle('article-1')).toEqual([]);
    expect(await deleteCorrection('a')).toBeNull();
  });
});

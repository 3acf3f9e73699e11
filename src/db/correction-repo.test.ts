import { beforeEach, describe, expect, it } from 'vitest';
import type { Correction } from '../core/model';
import {
  deleteCorrections,
  listAllCorrections,
  listArticleCorrections,
  saveCorrections,
} from './correction-repo';
import { db } from './schema';

const correction = (
  id: string,
  createdAt: number,
  articleId = 'article-1',
  scope: Correction['scope'] = 'mention',
): Correction => ({
  id,
  articleId,
  target: 'entity',
  start: 10,
  end: 14,
  text: 'U.S.',
  action: { kind: 'merge', canonical: 'United States' },
  createdAt,
  scope,
});

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('correction repo', () => {
  it('lists an article’s corrections oldest first, so the latest decision is applied last', async () => {
    await saveCorrections([correction('b', 20), correction('a', 10), correction('c', 5, 'article-2')]);
    expect((await listArticleCorrections('article-1')).map((c) => c.id)).toEqual(['a', 'b']);
    expect((await listAllCorrections()).map((c) => c.id)).toEqual(['c', 'a', 'b']);
  });

  it('lists the library-wide corrections made in other articles with an article’s own', async () => {
    await saveCorrections([
      correction('own', 20),
      correction('wide', 10, 'article-2', 'library'),
      correction('other', 5, 'article-2', 'article'),
    ]);
    expect((await listArticleCorrections('article-1')).map((c) => c.id)).toEqual(['wide', 'own']);
    expect((await listArticleCorrections('article-2')).map((c) => c.id)).toEqual(['other', 'wide']);
  });

  it('deletes corrections made together and hands them back for undo', async () => {
    await saveCorrections([correction('a', 10), correction('b', 11)]);
    const removed = await deleteCorrections(['a', 'b', 'never']);
    expect(removed.map((c) => c.id)).toEqual(['a', 'b']);
    expect(await listArticleCorrections('article-1')).toEqual([]);
    expect(await deleteCorrections(['a'])).toEqual([]);
  });
});

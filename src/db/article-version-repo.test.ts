import { beforeEach, describe, expect, it } from 'vitest';
import { addAnnotation } from './annotation-repo';
import { getArticle, storeArticles } from './article-repo';
import { loadVersionIndex, replaceWithNewVersion } from './article-version-repo';
import { saveCorrections } from './correction-repo';
import { db } from './schema';
import { makeAnnotation } from './test-annotations';
import { makeArticle } from './test-articles';

const OLD =
  'The council met on Monday.\n\nIt voted to close the old bridge for repairs.\n\nThe mayor called the vote a relief.';
const NEW =
  'A new opening paragraph was added here.\n\nThe council met on Monday.\n\nIt voted to close the old bridge for repairs.\n\nThe mayor declined to comment.';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await storeArticles([makeArticle(1, { text: OLD, url: 'https://news.example/bridge', tags: ['tag-a'] })]);
});

describe('article versions', () => {
  it('finds the earlier version by URL, by title and source, or by a single-article file name', async () => {
    const index = await loadVersionIndex();
    const findPreviousVersion = async (a: ReturnType<typeof makeArticle>, single: boolean) =>
      index.lookUp(a, single);
    const byUrl = makeArticle(2, { url: 'https://news.example/bridge', title: 'Other' });
    expect((await findPreviousVersion(byUrl, true))?.id).toBe('article-1');
    const byTitle = makeArticle(3, { title: 'PIER 1 REOPENS', fileName: 'x.txt' });
    expect((await findPreviousVersion(byTitle, true))?.id).toBe('article-1');
    const byFile = makeArticle(4, { title: 'Renamed', source: 'Else', fileName: 'pier-1.txt' });
    expect((await findPreviousVersion(byFile, true))?.id).toBe('article-1');
    expect(await findPreviousVersion(byFile, false)).toBeNull();
    const sameText = makeArticle(5, { contentHash: 'hash-1' });
    expect(await findPreviousVersion(sameText, true)).toBeNull();
    expect(
      await findPreviousVersion(makeArticle(6, { title: 'Unrelated', fileName: 'u.txt' }), true),
    ).toBeNull();
  });

  it('replaces the text in place, re-anchors annotations and corrections, orphans what was deleted', async () => {
    const bridge = OLD.indexOf('the old bridge');
    const relief = OLD.indexOf('a relief');
    await addAnnotation(makeAnnotation('moved', OLD, bridge, bridge + 14, { note: 'which bridge?' }));
    await addAnnotation(makeAnnotation('gone', OLD, relief, relief + 8));
    await saveCorrections([
      {
        id: 'c1',
        articleId: 'article-1',
        target: 'entity',
        start: 4,
        end: 11,
        text: 'council',
        action: { kind: 'retype', type: 'GROUP' },
        createdAt: 1,
      },
    ]);
    await db.analyses.put({
      articleId: 'article-1',
      engineVersion: 1,
      analyzedAt: 1,
      sentences: [],
      entities: [],
      claims: [],
      quotes: [],
    });
    const update = await replaceWithNewVersion(
      'article-1',
      makeArticle(7, { text: NEW, title: 'Bridge closes', tags: [] }),
    );
    expect(update).toMatchObject({ placed: 1, orphaned: 1, correctionsPlaced: 1, correctionsLost: 0 });
    const article = await getArticle('article-1');
    expect(article).toMatchObject({ text: NEW, title: 'Bridge closes', tags: ['tag-a'] });
    const moved = await db.annotations.get('moved');
    expect(NEW.slice(moved!.target.position.start, moved!.target.position.end)).toBe('the old bridge');
    expect(moved?.note).toBe('which bridge?');
    expect((await db.annotations.get('gone'))?.target).toMatchObject({ orphaned: true });
    const c = await db.corrections.get('c1');
    expect(NEW.slice(c!.start, c!.end)).toBe('council');
    expect(await db.analyses.get('article-1')).toBeUndefined();
    expect(await db.articles.count()).toBe(1);
  });

  it('stores the new version with its analysis, made for the new text, under the old id', async () => {
    const fresh = {
      articleId: 'article-7',
      engineVersion: 2,
      analyzedAt: 2,
      sentences: [[0, NEW.length] as const],
      entities: [],
      claims: [],
      quotes: [],
    };
    await replaceWithNewVersion('article-1', makeArticle(7, { text: NEW }), fresh);
    expect(await db.analyses.get('article-1')).toMatchObject({
      engineVersion: 2,
      sentences: fresh.sentences,
    });
    expect(await db.analyses.get('article-7')).toBeUndefined();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import {
  addAnnotation,
  deleteAnnotation,
  listAllAnnotations,
  listAnnotationsByArticle,
  putAnnotation,
  updateAnnotation,
} from './annotation-repo';
import { db } from './schema';
import { makeAnnotation } from './test-annotations';

const TEXT = 'The ferry left Tromsø at dawn. It carried forty passengers and a brass band.';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('annotation repo', () => {
  it('lists an article’s annotations in text order, not in creation order', async () => {
    await addAnnotation(makeAnnotation('late', TEXT, 42, 58, { createdAt: 1 }));
    await addAnnotation(makeAnnotation('early', TEXT, 4, 9, { createdAt: 2 }));
    await addAnnotation(makeAnnotation('other', TEXT, 0, 3, { articleId: 'article-2' }));
    const list = await listAnnotationsByArticle('article-1');
    expect(list.map((a) => a.id)).toEqual(['early', 'late']);
    expect(list[1]?.target.quote.exact).toBe('forty passengers');
    expect(await listAllAnnotations()).toHaveLength(3);
  });

  it('updates note, label and tags and stamps the edit time; keeps line breaks', async () => {
    await addAnnotation(makeAnnotation('a', TEXT, 4, 9));
    const updated = await updateAnnotation(
      'a',
      { note: 'first line\nsecond line', label: 'label-disputed', tags: ['tag-x'] },
      99,
    );
    expect(updated).toMatchObject({
      note: 'first line\nsecond line',
      label: 'label-disputed',
      updatedAt: 99,
    });
    expect((await listAnnotationsByArticle('article-1'))[0]?.note).toBe('first line\nsecond line');
    expect(await updateAnnotation('missing', { note: 'x' })).toBeNull();
  });

  it('returns what it deleted so that putting it back restores it', async () => {
    await addAnnotation(makeAnnotation('a', TEXT, 4, 9, { note: 'keep me' }));
    const deleted = await deleteAnnotation('a');
    expect(await listAnnotationsByArticle('article-1')).toEqual([]);
    expect(await deleteAnnotation('a')).toBeNull();
    await putAnnotation(deleted!);
    expect((await listAnnotationsByArticle('article-1'))[0]?.note).toBe('keep me');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import {
  addAnnotation,
  deleteAnnotation,
  deleteAnnotationVersion,
  listAnnotationsByArticle,
  putAnnotation,
  replaceAnnotation,
} from './annotation-repo';
import { applyAnnotationEdit } from '../core/model';
import { db } from './schema';
import { createTag, mergeTags } from './tag-repo';
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
    expect(await db.annotations.count()).toBe(3);
  });

  it('saves an edit made from the stored version, keeping line breaks', async () => {
    const base = await addAnnotation(makeAnnotation('a', TEXT, 4, 9));
    const edited = applyAnnotationEdit(
      base,
      { note: 'first line\nsecond line', label: 'label-disputed', tags: ['tag-x'] },
      99,
    );
    expect(await replaceAnnotation(base, edited)).toEqual({ status: 'saved', annotation: edited });
    expect((await listAnnotationsByArticle('article-1'))[0]).toMatchObject({
      note: 'first line\nsecond line',
      label: 'label-disputed',
      tags: ['tag-x'],
      updatedAt: 99,
    });
  });

  it('refuses an edit made from a version another tab has since replaced, and keeps theirs', async () => {
    const base = await addAnnotation(makeAnnotation('a', TEXT, 4, 9, { note: 'original' }));
    const theirs = applyAnnotationEdit(base, { note: 'theirs', label: null, tags: ['t'] }, 50);
    expect((await replaceAnnotation(base, theirs)).status).toBe('saved');

    const mine = applyAnnotationEdit(base, { note: 'mine', label: null, tags: [] }, 60);
    expect(await replaceAnnotation(base, mine)).toEqual({ status: 'changed', current: theirs });
    expect((await db.annotations.toArray())[0]?.note).toBe('theirs');

    // Overwriting on purpose means editing from their version, which then succeeds.
    const overwrite = applyAnnotationEdit(theirs, mine, 70);
    expect((await replaceAnnotation(theirs, overwrite)).status).toBe('saved');
    expect((await db.annotations.toArray())[0]?.note).toBe('mine');
  });

  it('refuses an edit of an annotation another tab deleted, writing nothing', async () => {
    const base = await addAnnotation(makeAnnotation('a', TEXT, 4, 9));
    await deleteAnnotation('a');
    const mine = applyAnnotationEdit(base, { note: 'mine', label: null, tags: [] }, 60);
    expect(await replaceAnnotation(base, mine)).toEqual({ status: 'deleted' });
    expect(await db.annotations.count()).toBe(0);
  });

  it('refuses an edit made before a tag merge elsewhere that left the edit time alone', async () => {
    const old = await createTag('old', '#111111');
    const kept = await createTag('kept', '#222222');
    const base = await addAnnotation(makeAnnotation('a', TEXT, 4, 9, { tags: [old.id] }));
    await mergeTags(old.id, kept.id);
    const mine = applyAnnotationEdit(base, { note: 'mine', label: null, tags: base.tags }, 60);
    const result = await replaceAnnotation(base, mine);
    expect(result).toMatchObject({ status: 'changed', current: { tags: [kept.id] } });
  });

  it('lets exactly one of two edits from the same version through when they race', async () => {
    const base = await addAnnotation(makeAnnotation('a', TEXT, 4, 9));
    const [first, second] = await Promise.all([
      replaceAnnotation(base, applyAnnotationEdit(base, { note: 'one', label: null, tags: [] }, 5)),
      replaceAnnotation(base, applyAnnotationEdit(base, { note: 'two', label: null, tags: [] }, 5)),
    ]);
    expect([first.status, second.status].sort()).toEqual(['changed', 'saved']);
  });

  it('returns what it deleted so that putting it back restores it', async () => {
    await addAnnotation(makeAnnotation('a', TEXT, 4, 9, { note: 'keep me' }));
    const deleted = await deleteAnnotation('a');
    expect(await listAnnotationsByArticle('article-1')).toEqual([]);
    expect(await deleteAnnotation('a')).toBeNull();
    await putAnnotation(deleted!);
    expect((await listAnnotationsByArticle('article-1'))[0]?.note).toBe('keep me');
  });

  it('deletes only the version the analyst saw: an edit saved meanwhile elsewhere stays, and is returned', async () => {
    const base = await addAnnotation(makeAnnotation('a', TEXT, 4, 9, { note: 'seen' }));
    const theirs = applyAnnotationEdit(base, { note: 'edited in another tab', label: null, tags: [] }, 77);
    await replaceAnnotation(base, theirs);
    expect(await deleteAnnotationVersion(base)).toEqual({ status: 'changed', current: theirs });
    expect((await listAnnotationsByArticle('article-1'))[0]?.note).toBe('edited in another tab');
    expect(await deleteAnnotationVersion(theirs)).toEqual({ status: 'removed', annotation: theirs });
    expect(await listAnnotationsByArticle('article-1')).toEqual([]);
    expect(await deleteAnnotationVersion(theirs)).toEqual({ status: 'deleted' });
  });
});

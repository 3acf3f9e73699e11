import { beforeEach, describe, expect, it } from 'vitest';
import { addAnnotation } from './annotation-repo';
import { getArticle, storeArticles } from './article-repo';
import { db } from './schema';
import {
  countTagUses,
  createLabel,
  createTag,
  deleteLabel,
  deleteTag,
  listLabels,
  listTags,
  mergeLabels,
  mergeTags,
  NameTakenError,
  setArticleTags,
  updateLabel,
  updateTag,
} from './tag-repo';
import { makeAnnotation } from './test-annotations';
import { makeArticle } from './test-articles';

const TEXT = makeArticle(1).text;

beforeEach(async () => {
  await db.delete();
  await db.open();
  await storeArticles([makeArticle(1), makeArticle(2)]);
});

describe('tag repo', () => {
  it('creates a tag once: the same name in another case returns the existing tag', async () => {
    const a = await createTag('Fisheries', '#0072b2');
    const b = await createTag(' fisheries ', '#d55e00');
    expect(b.id).toBe(a.id);
    expect(await listTags()).toHaveLength(1);
  });

  it('renames and recolours, refusing a name another tag has', async () => {
    const a = await createTag('ports', '#0072b2');
    await createTag('shipping', '#009e73');
    expect((await updateTag(a.id, { name: 'harbours', color: '#e69f00' })).color).toBe('#e69f00');
    await expect(updateTag(a.id, { name: 'Shipping' })).rejects.toBeInstanceOf(NameTakenError);
    expect((await listTags()).map((t) => t.name)).toEqual(['harbours', 'shipping']);
  });

  it('refuses a colour that is neither #rrggbb nor a palette name, and stores nothing', async () => {
    const evil = 'url(http://evil.example/x)';
    await expect(createTag('ports', evil)).rejects.toThrow('is not a colour');
    await expect(createLabel('Angle', evil)).rejects.toThrow('is not a colour');
    const a = await createTag('ports', 'sky');
    await expect(updateTag(a.id, { color: 'red;background:url(x)' })).rejects.toThrow('is not a colour');
    expect(await listTags()).toEqual([a]);
  });

  it('merges a tag into another on articles and annotations, without doubling it', async () => {
    const us = await createTag('U.S.', '#0072b2');
    const usa = await createTag('United States', '#009e73');
    await setArticleTags(['article-1'], [us.id, usa.id]);
    await setArticleTags(['article-2'], [us.id]);
    await addAnnotation(makeAnnotation('n1', TEXT, 0, 7, { tags: [us.id] }));
    expect(await mergeTags(us.id, usa.id)).toEqual({ articles: 2, annotations: 1 });
    expect((await getArticle('article-1'))?.tags).toEqual([usa.id]);
    expect((await getArticle('article-2'))?.tags).toEqual([usa.id]);
    expect((await db.annotations.get('n1'))?.tags).toEqual([usa.id]);
    expect((await listTags()).map((t) => t.name)).toEqual(['United States']);
  });

  it('counts uses and deletes a tag from everything that had it', async () => {
    const tag = await createTag('follow up', '#cc79a7');
    await setArticleTags(['article-1', 'article-2'], [tag.id]);
    await addAnnotation(makeAnnotation('n1', TEXT, 0, 7, { tags: [tag.id] }));
    expect((await countTagUses()).get(tag.id)).toEqual({ articles: 2, annotations: 1 });
    expect(await deleteTag(tag.id)).toEqual({ articles: 2, annotations: 1 });
    expect((await getArticle('article-2'))?.tags).toEqual([]);
    expect((await db.annotations.get('n1'))?.tags).toEqual([]);
    expect(await listTags()).toEqual([]);
  });

  it('bulk tags articles, counting only those that changed, and removes tags', async () => {
    const tag = await createTag('week 12', '#56b4e9');
    await setArticleTags(['article-1'], [tag.id]);
    expect(await setArticleTags(['article-1', 'article-2'], [tag.id])).toBe(1);
    expect(await setArticleTags(['article-1'], [], [tag.id])).toBe(1);
    expect((await getArticle('article-1'))?.tags).toEqual([]);
  });
});

describe('labels', () => {
  it('lists built-in labels first, then the analyst’s own', async () => {
    await createLabel('Angle', '#e69f00');
    const names = (await listLabels()).map((l) => l.name);
    expect(names.slice(0, 4).sort()).toEqual(['Disputed', 'Key fact', 'Needs source', 'Quote']);
    expect(names[4]).toBe('Angle');
  });

  it('merges and deletes only the analyst’s labels; annotations keep their notes', async () => {
    const own = await createLabel('Contested', '#e69f00');
    await addAnnotation(makeAnnotation('n1', TEXT, 0, 7, { label: own.id, note: 'who says?' }));
    await expect(deleteLabel('label-disputed')).rejects.toThrow(/Built-in/);
    expect(await mergeLabels(own.id, 'label-disputed')).toEqual({ articles: 0, annotations: 1 });
    expect((await db.annotations.get('n1'))?.label).toBe('label-disputed');
    const other = await createLabel('Later', '#000000');
    await addAnnotation(makeAnnotation('n2', TEXT, 8, 12, { label: other.id, note: 'x' }));
    await deleteLabel(other.id);
    expect(await db.annotations.get('n2')).toMatchObject({ label: null, note: 'x' });
  });

  it("renames and recolours the analyst's own labels, never a built-in one nor onto a name taken", async () => {
    const own = await createLabel('Check later', '#0072b2');
    expect(await updateLabel(own.id, { name: 'Verify', color: '#009e73' })).toMatchObject({
      name: 'Verify',
      color: '#009e73',
    });
    await expect(updateLabel(own.id, { name: 'key fact' })).rejects.toBeInstanceOf(NameTakenError);
    await expect(updateLabel('label-disputed', { name: 'Doubtful' })).rejects.toThrow(/Built-in/);
    expect((await listLabels()).map((l) => l.name)).toContain('Verify');
  });
});

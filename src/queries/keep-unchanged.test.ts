import { describe, expect, it } from 'vitest';
import { makeArticle } from '../core/export/test-fixtures';
import { splitArticle } from '../db/records/article-record';
import { keepUnchanged } from './keep-unchanged';

const meta = (id: string, overrides: Parameters<typeof makeArticle>[2] = {}) =>
  splitArticle(makeArticle(id, `Text of ${id}.`, overrides)).meta;

describe('keepUnchanged', () => {
  it('keeps the objects of unchanged articles when new ones arrive first', () => {
    const previous = [meta('b'), meta('a')];
    const next = [meta('c'), meta('b'), meta('a')];
    const merged = keepUnchanged(previous, next);
    expect(merged.map((a) => a.id)).toEqual(['c', 'b', 'a']);
    expect(merged[0]).toBe(next[0]);
    expect(merged[1]).toBe(previous[0]);
    expect(merged[2]).toBe(previous[1]);
  });

  it('takes the new object of an article whose tags or title changed', () => {
    const previous = [meta('a'), meta('b')];
    const next = [meta('a', { tags: ['t1'] }), meta('b', { title: 'Renamed' })];
    const merged = keepUnchanged(previous, next);
    expect(merged[0]).toBe(next[0]);
    expect(merged[1]).toBe(next[1]);
  });

  it('returns the previous list itself when nothing changed, and drops deleted articles', () => {
    const previous = [meta('a'), meta('b')];
    expect(keepUnchanged(previous, [meta('a'), meta('b')])).toBe(previous);
    const merged = keepUnchanged(previous, [meta('b')]);
    expect(merged).toEqual([previous[1]]);
    expect(merged[0]).toBe(previous[1]);
  });
});

import { describe, expect, it } from 'vitest';
import { findWholeWords, planCorrections, type CorrectionRequest } from './plan-corrections';

const TEXT = 'Brine Works hired staff. Brine Worksop is elsewhere; Brine Works said it grew.';

const request = (over: Partial<CorrectionRequest>): CorrectionRequest => ({
  articleId: 'a1',
  text: TEXT,
  target: 'entity',
  start: 0,
  end: 11,
  action: { kind: 'add', type: 'ORG' },
  scope: 'mention',
  createdAt: 5,
  ...over,
});

let n = 0;
const newId = () => `id${++n}`;

describe('planCorrections', () => {
  it('finds a phrase only as whole words', () => {
    expect(findWholeWords(TEXT, 'Brine Works')).toEqual([0, 53]);
  });

  it('adds a missed entity at the selected span only', () => {
    const [only, ...rest] = planCorrections(request({}), newId);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ start: 0, end: 11, text: 'Brine Works', scope: 'mention' });
  });

  it('adds it at every whole-word occurrence in the article, as one undoable batch', () => {
    const list = planCorrections(request({ scope: 'article' }), newId);
    expect(list.map((c) => [c.start, c.scope])).toEqual([
      [0, 'mention'],
      [53, 'mention'],
    ]);
    expect(new Set(list.map((c) => c.id)).size).toBe(2);
  });

  it('adds it at every occurrence in every article of the library, each in its own article', () => {
    const inLibrary = new Map([
      ['a1', [0, 53]],
      ['b7', [120]],
    ]);
    const list = planCorrections(request({ scope: 'library', inLibrary }), newId);
    expect(list.map((c) => [c.articleId, c.start, c.end, c.scope, c.text])).toEqual([
      ['a1', 0, 11, 'mention', 'Brine Works'],
      ['a1', 53, 64, 'mention', 'Brine Works'],
      ['b7', 120, 131, 'mention', 'Brine Works'],
    ]);
  });

  it('keeps one correction with its scope for a retype or a reject', () => {
    const list = planCorrections(request({ action: { kind: 'reject' }, scope: 'library' }), newId);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ scope: 'library', text: 'Brine Works', action: { kind: 'reject' } });
  });

  it('corrects a claim only where it is', () => {
    const list = planCorrections(
      request({ target: 'claim', action: { kind: 'reject' }, scope: 'library', end: 24 }),
      newId,
    );
    expect(list).toMatchObject([{ scope: 'mention', start: 0, end: 24 }]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Annotation } from './annotation';
import { applyAnnotationEdit, mergeAnnotationEdits } from './annotation-edit';

const base = { note: 'Check the figures.', label: null, tags: ['safety', 'dam'] };

describe('mergeAnnotationEdits', () => {
  it('keeps both notes when both tabs changed the note, theirs first', () => {
    const merged = mergeAnnotationEdits(base, { ...base, note: 'Mine.' }, { ...base, note: 'Theirs.' });
    expect(merged.note).toBe('Theirs.\n\nMine.');
  });

  it('takes the changed side of a field only one tab changed', () => {
    const merged = mergeAnnotationEdits(
      base,
      { ...base, note: 'Mine.' },
      { ...base, label: 'label-disputed' },
    );
    expect(merged).toEqual({ note: 'Mine.', label: 'label-disputed', tags: ['safety', 'dam'] });
  });

  it('keeps tags either side added and drops tags one side removed', () => {
    const merged = mergeAnnotationEdits(
      base,
      { ...base, tags: ['safety', 'mine-new'] },
      { ...base, tags: ['safety', 'dam', 'their-new'] },
    );
    expect(merged.tags).toEqual(['safety', 'their-new', 'mine-new']);
  });

  it('does not repeat a note both tabs changed the same way', () => {
    const same = { ...base, note: 'Same.' };
    expect(mergeAnnotationEdits(base, same, same).note).toBe('Same.');
  });

  it('keeps my label when both tabs picked a different one', () => {
    const merged = mergeAnnotationEdits(base, { ...base, label: 'mine' }, { ...base, label: 'theirs' });
    expect(merged.label).toBe('mine');
  });
});

describe('applyAnnotationEdit', () => {
  it('stamps a later version even when the clock is behind the stored one', () => {
    const stored: Annotation = {
      id: 'a',
      articleId: 'article-1',
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'dam', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 3 },
        orphaned: false,
      },
      ...base,
      createdAt: 1,
      updatedAt: 500,
    };
    expect(applyAnnotationEdit(stored, { ...base, note: 'x' }, 100).updatedAt).toBe(501);
    expect(applyAnnotationEdit(stored, { ...base, note: 'x' }, 900)).toMatchObject({
      note: 'x',
      updatedAt: 900,
    });
  });
});

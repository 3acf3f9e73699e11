import { describe, expect, it } from 'vitest';
import { describeRange } from '../../core/anchor';
import type { Annotation, Comparison } from '../../core/model';
import { planAlsoIn } from './also-in';
import { buildCompareRows } from './build-rows';

const A = 'The mayor opened the bridge. Tolls will start in May.';
const B = 'Tolls will start in May. The mayor opened the new bridge.';

const comparison: Comparison = {
  pairs: [
    { a: [0, 28], b: [25, 57], kind: 'reworded', moved: false, discrepancies: [], diff: [] },
    { a: [29, 53], b: [0, 24], kind: 'same', moved: true, discrepancies: [], diff: [] },
  ],
  onlyA: [],
  onlyB: [],
  summary: {
    sharedRatioA: 1,
    sharedRatioB: 1,
    counts: { same: 1, reworded: 1, moved: 1, onlyA: 0, onlyB: 0, conflicts: 0, differences: 0 },
  },
};
const rows = buildCompareRows(comparison);

const note = (
  id: string,
  articleId: string,
  text: string,
  exact: string,
  extra: Partial<Annotation> = {},
) => {
  const start = text.indexOf(exact);
  return {
    id,
    articleId,
    target: describeRange(text, start, start + exact.length),
    note: 'check this',
    label: 'label-key-fact',
    tags: ['t1'],
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  } satisfies Annotation;
};

describe('planAlsoIn', () => {
  it('offers to copy an annotation onto the same words in the aligned sentence of the other article', () => {
    const plan = planAlsoIn(rows, { a: [note('n1', 'A', A, 'The mayor')], b: [] }, { a: A, b: B });
    const [only] = plan.get(0)!;
    expect(only!.side).toBe('a');
    expect(B.slice(...only!.copyTo!)).toBe('The mayor');
  });

  it('falls back to the whole aligned sentence when the words differ there', () => {
    const plan = planAlsoIn(rows, { a: [note('n1', 'A', A, 'opened the bridge')], b: [] }, { a: A, b: B });
    expect(B.slice(...plan.get(0)![0]!.copyTo!)).toBe('The mayor opened the new bridge.');
  });

  it('offers nothing when the other side already has the same note, label and tags', () => {
    const annotations = {
      a: [note('n1', 'A', A, 'Tolls')],
      b: [note('n2', 'B', B, 'start in May')],
    };
    const plan = planAlsoIn(rows, annotations, { a: A, b: B });
    expect(plan.get(1)!.map((r) => r.copyTo)).toEqual([null, null]);
    const changed = planAlsoIn(
      rows,
      { ...annotations, b: [note('n2', 'B', B, 'Tolls', { tags: [] })] },
      { a: A, b: B },
    );
    expect(changed.get(1)!.every((r) => r.copyTo !== null)).toBe(true);
  });
});

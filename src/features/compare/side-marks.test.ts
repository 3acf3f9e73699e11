import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAnnotation } from '../../db/test-annotations';
import { annotationMarks, indexMarks, marksIn, type SideMark } from './side-marks';

const mark = (start: number, end: number): SideMark => ({
  id: `${start}-${end}`,
  start,
  end,
  kind: 'entity',
});

describe('marksIn', () => {
  it('finds exactly the marks overlapping a range, long ones that start far before it included', () => {
    const index = indexMarks([mark(50, 60), mark(0, 100), mark(10, 20), mark(20, 30), mark(95, 120)]);
    expect(marksIn(index, 20, 55).map((m) => m.id)).toEqual(['0-100', '20-30', '50-60']);
    expect(marksIn(index, 100, 130).map((m) => m.id)).toEqual(['95-120']);
    expect(marksIn(index, 130, 140)).toEqual([]);
  });

  it('agrees with filtering every mark, for any marks and range', () => {
    const span = fc.tuple(fc.nat(500), fc.integer({ min: 1, max: 80 })).map(([s, n]) => mark(s, s + n));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), span, (marks, range) => {
        const want = marks.filter((m) => m.start < range.end && m.end > range.start);
        const got = marksIn(indexMarks(marks), range.start, range.end);
        expect([...got].sort((p, q) => p.start - q.start || p.end - q.end)).toEqual(
          [...want].sort((p, q) => p.start - q.start || p.end - q.end),
        );
      }),
    );
  });
});

describe('annotationMarks', () => {
  it('marks placed annotations with their note as the hover hint, and leaves orphans out', () => {
    const text = 'Tolls on the east bridge rise in May, the transport office said.';
    const placed = makeAnnotation('x', text, 0, 5, { note: 'Check the toll' });
    const lost = makeAnnotation('y', text, 13, 24, { note: 'Lost' });
    const orphan = { ...lost, target: { ...lost.target, orphaned: true } };
    const marks = annotationMarks([placed, orphan]);
    expect(marks).toEqual([
      {
        id: 'note-x',
        start: 0,
        end: 5,
        kind: 'annotation',
        className: 'cmp-annotation',
        data: { title: 'Check the toll' },
      },
    ]);
  });
});

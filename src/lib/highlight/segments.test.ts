import { describe, expect, it } from 'vitest';
import {
  buildSegments,
  marksByParagraph,
  segmentRange,
  sortMarks,
  type Mark,
  type SortedMarks,
} from './segments';

/** Each paragraph's segments as the reader cuts them: one sweep over the sorted marks, then per paragraph. */
const segmentParagraphs = (sorted: SortedMarks, paragraphs: readonly [number, number][]) =>
  marksByParagraph(sorted, paragraphs).map((marks, i) => segmentRange(marks, ...paragraphs[i]!));

const mark = (id: string, start: number, end: number, kind = 'entity'): Mark => ({ id, start, end, kind });
const ids = (s: { marks: readonly Mark[] }) => s.marks.map((m) => m.id).join(',');

describe('buildSegments', () => {
  it('covers the range without gaps when there are no marks', () => {
    expect(buildSegments([], 5, 12)).toEqual([{ start: 5, end: 12, marks: [] }]);
  });

  it('splits nested marks: an entity inside a claim inside an annotation', () => {
    const segs = buildSegments(
      [mark('e', 10, 14), mark('a', 0, 30, 'note'), mark('c', 5, 20, 'claim')],
      0,
      30,
    );
    expect(segs.map((s) => [s.start, s.end, ids(s)])).toEqual([
      [0, 5, 'a'],
      [5, 10, 'a,c'],
      [10, 14, 'a,c,e'],
      [14, 20, 'a,c'],
      [20, 30, 'a'],
    ]);
  });

  it('keeps crossing marks readable', () => {
    const segs = buildSegments([mark('x', 2, 8), mark('y', 5, 12)], 0, 14);
    expect(segs.map((s) => [s.start, s.end, ids(s)])).toEqual([
      [0, 2, ''],
      [2, 5, 'x'],
      [5, 8, 'x,y'],
      [8, 12, 'y'],
      [12, 14, ''],
    ]);
  });

  it('clips marks to the range and drops empty marks', () => {
    const segs = buildSegments([mark('long', 0, 100), mark('empty', 7, 7)], 5, 9);
    expect(segs.map((s) => [s.start, s.end, ids(s)])).toEqual([[5, 9, 'long']]);
  });
});

describe('marksByParagraph and segmentRange', () => {
  it('gives each paragraph its own gap-free segments, with a crossing mark in both', () => {
    const sorted = sortMarks([mark('b', 12, 24), mark('a', 1, 3), mark('c', 25, 28)]);
    const out = segmentParagraphs(sorted, [
      [0, 15],
      [20, 30],
    ]);
    expect(out[0]!.map((s) => [s.start, s.end, ids(s)])).toEqual([
      [0, 1, ''],
      [1, 3, 'a'],
      [3, 12, ''],
      [12, 15, 'b'],
    ]);
    expect(out[1]!.map((s) => [s.start, s.end, ids(s)])).toEqual([
      [20, 24, 'b'],
      [24, 25, ''],
      [25, 28, 'c'],
      [28, 30, ''],
    ]);
  });

  it('matches buildSegments on random marks, 10,000 marks over 1 MB', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const text = 1_000_000;
    const marks = Array.from({ length: 10_000 }, (_, i) => {
      const start = rand(text - 50);
      return mark(`m${i}`, start, start + 1 + rand(i % 50 === 0 ? 3000 : 40));
    });
    const paragraphs: [number, number][] = [];
    for (let p = 0; p < text; p += 400) paragraphs.push([p, Math.min(p + 390, text)]);
    // Its speed is the reader bench's business (`npm run bench -- reader`): a timed test fails on a busy machine.
    const out = segmentParagraphs(sortMarks(marks), paragraphs);
    for (const i of [0, 17, 1200, paragraphs.length - 1]) {
      const [from, to] = paragraphs[i]!;
      expect(out[i]).toEqual(buildSegments(marks, from, to));
    }
  });
});

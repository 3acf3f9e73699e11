/** A range of the clean text to paint: an entity, a claim, an annotation… */
export type Mark = Readonly<{
  id: string;
  start: number;
  end: number;
  kind: string;
  className?: string;
  data?: Readonly<Record<string, string>>;
}>;

/** A piece of text `[start, end)` covered by exactly the same marks throughout. */
export type Segment = Readonly<{ start: number; end: number; marks: readonly Mark[] }>;

/** Marks sorted once per text (start ascending, outer marks first), ready to be cut into paragraphs. */
export type SortedMarks = Readonly<{ marks: readonly Mark[] }>;

function compareMarks(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Sorts marks once so that every paragraph of the same text can be segmented without sorting again. */
export function sortMarks(marks: readonly Mark[]): SortedMarks {
  return { marks: marks.filter((m) => m.end > m.start).sort(compareMarks) };
}

/**
 * Cuts `[from, to)` into gap-free segments, splitting at every boundary of the given marks, which must all
 * overlap the range and be in `sortMarks` order (as `marksByParagraph` gives them); each segment lists its
 * marks outermost first.
 */
export function segmentRange(marks: readonly Mark[], from: number, to: number): Segment[] {
  if (marks.length === 0) return from < to ? [{ start: from, end: to, marks: [] }] : [];
  const points = [from, to];
  for (const m of marks) {
    if (m.start > from && m.start < to) points.push(m.start);
    if (m.end > from && m.end < to) points.push(m.end);
  }
  points.sort((a, b) => a - b);
  const segments: Segment[] = [];
  // Marks arrive sorted by start, so appending keeps `active` sorted; ended ones drop out in place.
  let next = 0;
  let active: Mark[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (a === b) continue;
    let changed = false;
    for (const m of active)
      if (m.end <= a) {
        active = active.filter((x) => x.end > a);
        changed = true;
        break;
      }
    while (next < marks.length && marks[next]!.start <= a) {
      active.push(marks[next++]!);
      changed = true;
    }
    const last = segments[segments.length - 1];
    // Unchanged marks since the previous cut (a boundary of some mark outside): share the array.
    segments.push({ start: a, end: b, marks: !changed && last ? last.marks : active.slice() });
  }
  return segments;
}

/**
 * Segments of `[from, to)` for marks in any order: a convenience for one range; a long text's paragraphs take
 * `marksByParagraph` then `segmentRange` each (one sort for them all).
 */
export function buildSegments(marks: readonly Mark[], from: number, to: number): Segment[] {
  const inRange = sortMarks(marks).marks.filter((m) => m.start < to && m.end > from);
  return segmentRange(inRange, from, to);
}

/**
 * The marks overlapping each paragraph of one text, found in a single sweep over the sorted marks, so 10,000
 * marks over thousands of paragraphs cost one sort, and segments are cut (`segmentRange`) only for the
 * paragraphs actually rendered. Paragraphs must be in text order and not overlap; a mark crossing paragraph
 * boundaries is listed in each paragraph it touches.
 */
export function marksByParagraph(
  sorted: SortedMarks,
  paragraphs: readonly (readonly [number, number])[],
): Mark[][] {
  const marks = sorted.marks;
  const result: Mark[][] = [];
  let next = 0;
  let open: Mark[] = [];
  for (const [from, to] of paragraphs) {
    if (open.length > 0) open = open.filter((m) => m.end > from);
    const inside: Mark[] = [];
    for (const m of open) if (m.start < to) inside.push(m);
    while (next < marks.length && marks[next]!.start < to) {
      const m = marks[next++]!;
      if (m.end <= from) continue;
      inside.push(m);
      if (m.end > to) open.push(m);
    }
    result.push(inside);
  }
  return result;
}

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
 * overlap the range and be in `sortMarks` order; each segment lists its marks outermost first.
 */
function cutRange(marks: readonly Mark[], from: number, to: number): Segment[] {
  if (marks.length === 0) return from < to ? [{ start: from, end: to, marks: [] }] : [];
  const points = new Set<number>([from, to]);
  for (const m of marks) {
    if (m.start > from && m.start < to) points.add(m.start);
    if (m.end > from && m.end < to) points.add(m.end);
  }
  const cuts = [...points].sort((a, b) => a - b);
  const segments: Segment[] = [];
  // `marks` is sorted by start, so one pointer adds each mark when the sweep reaches it; ended ones drop out.
  let next = 0;
  let active: Mark[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    let changed = false;
    if (active.some((m) => m.end <= a)) {
      active = active.filter((m) => m.end > a);
      changed = true;
    }
    while (next < marks.length && marks[next]!.start <= a) {
      active.push(marks[next++]!);
      changed = true;
    }
    if (changed) active.sort(compareMarks);
    segments.push({ start: a, end: b, marks: active.slice() });
  }
  return segments;
}

/** Segments of `[from, to)` for marks in any order: a convenience for one range; prefer `segmentParagraphs`. */
export function buildSegments(marks: readonly Mark[], from: number, to: number): Segment[] {
  const inRange = sortMarks(marks).marks.filter((m) => m.start < to && m.end > from);
  return cutRange(inRange, from, to);
}

/**
 * Segments for every paragraph of one text in a single sweep over the sorted marks, so 10,000 marks over
 * thousands of paragraphs cost one sort, not one per paragraph. Paragraphs must be in text order and not
 * overlap; a mark crossing paragraph boundaries appears in each paragraph it touches.
 */
export function segmentParagraphs(
  sorted: SortedMarks,
  paragraphs: readonly (readonly [number, number])[],
): Segment[][] {
  const marks = sorted.marks;
  const result: Segment[][] = [];
  let next = 0;
  let open: Mark[] = [];
  for (const [from, to] of paragraphs) {
    open = open.filter((m) => m.end > from);
    while (next < marks.length && marks[next]!.start < to) {
      const m = marks[next++]!;
      if (m.end > from) open.push(m);
    }
    const inside = open.filter((m) => m.start < to);
    result.push(cutRange(inside, from, to));
  }
  return result;
}

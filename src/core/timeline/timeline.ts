/**
 * Articles on a date axis, one window at a time: the whole span by year, one year by month, or one month by
 * day. A window is named by what it shows: "" (all years), "2030" (its months), "2030-05" (its days).
 */

/** One step of the axis: a year, month or day (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and its articles by date. */
export type TimelineRow = Readonly<{ key: string; ids: readonly string[] }>;

/** The rows of a window, its article count and the articles without a date (listed apart). */
export type Timeline = Readonly<{
  window: string;
  rows: readonly TimelineRow[];
  total: number;
  undated: readonly string[];
}>;

type Dated = Readonly<{ id: string; date: string | null }>;

/** At most this many empty years are drawn between the first and last; beyond it only years with articles. */
const MAX_YEAR_ROWS = 200;

/** Whether `window` names a window: "", a year or a year and month. */
export function isTimelineWindow(window: string): boolean {
  return /^(?:\d{4}(?:-(?:0[1-9]|1[0-2]))?)?$/.test(window);
}

/** The keys of every step of a window: its years (first to last with articles), months or days. */
function stepsOf(window: string, years: readonly number[]): string[] {
  if (window.length === 4) return Array.from({ length: 12 }, (_, m) => `${window}-${pad(m + 1)}`);
  if (window.length === 7) {
    const [y, m] = window.split('-').map(Number) as [number, number];
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return Array.from({ length: days }, (_, d) => `${window}-${pad(d + 1)}`);
  }
  if (years.length === 0) return [];
  const [first, last] = [years[0]!, years.at(-1)!];
  if (last - first >= MAX_YEAR_ROWS) return years.map(String);
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The rows of `window` for the given articles: every step of the window (empty ones too, so the axis keeps
 * its scale), each step's articles in date order (then in the order given). Articles outside the window are
 * left out; undated ones are listed apart.
 */
export function buildTimeline(articles: readonly Dated[], window: string): Timeline {
  const undated: string[] = [];
  const width = window.length === 0 ? 4 : window.length === 4 ? 7 : 10;
  // Bucketed first, then each step sorted: many small sorts instead of one of the whole library.
  const byStep = new Map<string, { id: string; date: string; order: number }[]>();
  let total = 0;
  articles.forEach((a, order) => {
    if (a.date === null) return void undated.push(a.id);
    if (!a.date.startsWith(window)) return;
    const key = a.date.slice(0, width);
    const list = byStep.get(key);
    const entry = { id: a.id, date: a.date, order };
    if (list) list.push(entry);
    else byStep.set(key, [entry]);
    total++;
  });
  const years = window === '' ? [...byStep.keys()].map(Number).sort((a, b) => a - b) : [];
  const byDate = (a: { date: string; order: number }, b: { date: string; order: number }) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order;
  const rows = stepsOf(window, years).map((key) => ({
    key,
    ids: (byStep.get(key) ?? []).sort(byDate).map((a) => a.id),
  }));
  return { window, rows, total, undated };
}

/** The window one step out: a month's year, a year's whole span; the whole span stays. */
export function zoomOut(window: string): string {
  return window.length === 7 ? window.slice(0, 4) : '';
}

/** The window one step in: a row of a window opens as a window of its own, unless it is a day. */
export function zoomIn(rowKey: string): string | null {
  return rowKey.length < 10 ? rowKey : null;
}

/** The window `delta` years (year window) or months (month window) away; the whole span has no neighbours. */
export function shiftWindow(window: string, delta: number): string {
  if (window.length === 4) return String(Number(window) + delta);
  if (window.length !== 7) return window;
  const [y, m] = window.split('-').map(Number) as [number, number];
  const months = y * 12 + (m - 1) + delta;
  return `${Math.floor(months / 12)}-${pad((months % 12) + 1)}`;
}

/** A story placed on the axis: its articles and the first and last day they carry. */
export type DatedStory = Readonly<{ ids: readonly string[]; first: string; last: string }>;

/**
 * Places stories (groups of article ids) on the axis by their articles' days, in order of their first day;
 * articles not given (filtered out) or undated do not count, and a story with no dated article left is not
 * placed.
 */
export function placeStories(
  stories: readonly (readonly string[])[],
  articles: readonly Dated[],
): DatedStory[] {
  const day = new Map(articles.flatMap((a) => (a.date === null ? [] : [[a.id, a.date.slice(0, 10)]])));
  return stories
    .flatMap((ids) => {
      const days = ids.flatMap((id) => day.get(id) ?? []).sort();
      return days.length === 0 ? [] : [{ ids, first: days[0]!, last: days.at(-1)! }];
    })
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
}

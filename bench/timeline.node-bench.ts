// The outlets and timeline views over 10,000 articles of 200 outlets (each spelled three ways) dated across
// ten years: building the outlet directory with renames and merges, the outlet summaries, and the timeline's
// windows, against sorting the same list by date (what the library does on a click of its Date column) in the
// same run. Also the most article links any timeline window draws (the rest are bars), which bounds its DOM.
import { buildOutletDirectory, summarizeOutlets } from '../src/core/outlets';
import { buildTimeline, zoomIn } from '../src/core/timeline';
import type { OutletRecord } from '../src/core/model';
import { check } from './targets';
import { ms, timeMedian } from './stats';

const N = 10_000;
const LIST_MAX = 8; // as features/timeline/components/timeline-row.tsx
const DAY_FIRST = 50;

const spell = (o: number, k: number) =>
  [`Outlet ${o} Times`, `@outlet${o}times`, `https://www.outlet${o}times.com/story`][k % 3]!;
const articles = Array.from({ length: N }, (_, i) => ({
  id: `a${i}`,
  source: i % 97 === 0 ? null : spell((i * 7) % 200, i),
  date:
    i % 50 === 0
      ? null
      : new Date(Date.UTC(2021, 0, 1) + ((i * 7919) % 3650) * 86_400_000).toISOString().slice(0, 10),
}));
const records: OutletRecord[] = Array.from({ length: 40 }, (_, k) => ({
  key: `outlet${k}times`,
  name: k % 2 ? `Renamed ${k}` : null,
  mergedInto: k % 2 ? null : `outlet${k + 100}times`,
  updatedAt: 1,
}));

/** Links a window draws: steps of up to LIST_MAX articles list them, a day up to DAY_FIRST; others are bars. */
function linksDrawn(window: string): number {
  return buildTimeline(articles, window).rows.reduce(
    (n, r) =>
      n +
      (r.key.length === 10 ? Math.min(r.ids.length, DAY_FIRST) : r.ids.length <= LIST_MAX ? r.ids.length : 0),
    0,
  );
}

export async function run(): Promise<void> {
  const sortByDate = await timeMedian(() =>
    [...articles].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')),
  );
  const directory = await timeMedian(() =>
    buildOutletDirectory(
      articles.map((a) => a.source),
      records,
    ),
  );
  const dir = buildOutletDirectory(
    articles.map((a) => a.source),
    records,
  );
  const stories = Array.from({ length: 500 }, (_, s) => [`a${s * 3}`, `a${s * 3 + 1}`, `a${s * 3 + 2}`]);
  const summaries = await timeMedian(() => summarizeOutlets(articles, dir, stories));
  const years = await timeMedian(() => buildTimeline(articles, ''));
  const month = await timeMedian(() => buildTimeline(articles, '2025-06'));
  console.log(`sort ${N.toLocaleString()} articles by date (baseline): ${ms(sortByDate)}`);
  console.log(`outlet directory (${dir.outlets.size} outlets, 40 renames/merges): ${ms(directory)}`);
  console.log(`outlet summaries with 500 stories: ${ms(summaries)}`);
  console.log(`timeline, all years: ${ms(years)}; one month by day: ${ms(month)}`);
  const view = directory + summaries;
  check(
    'outlets view vs sorting by date',
    view / sortByDate,
    `${(view / sortByDate).toFixed(2)}x`,
    { max: 6 },
    'x',
  );
  check(
    'timeline window vs sorting by date',
    years / sortByDate,
    `${(years / sortByDate).toFixed(2)}x`,
    { max: 3 },
    'x',
  );
  // Every window a user can reach: all years, each year, each month.
  const windows = [''];
  for (const y of buildTimeline(articles, '').rows) {
    windows.push(y.key);
    for (const m of buildTimeline(articles, y.key).rows) if (zoomIn(m.key)) windows.push(m.key);
  }
  const most = Math.max(...windows.map(linksDrawn));
  check(`most article links in any of ${windows.length} windows`, most, String(most), { max: 1000 }, '');
}

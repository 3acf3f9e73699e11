import { test } from '@playwright/test';
import { seedLibrary } from '../e2e/fixtures/seed';
import { DEXIE_UMD, openOnDisk } from './on-disk-page';
import { median } from './stats';
import { check, failIfMissed } from './targets';

// Warm start of the library with 10,000 stored ~2 KB articles (on disk): a reload, then the time to the first
// row on screen (the page is usable: the rest of the list is read in pages, in short tasks), the main
// thread's longest task meanwhile, and the time until the whole list is read; and how many rows the page
// holds. Baseline in the same page: a raw Dexie read of every article's metadata (what the list needs).
const ARTICLES = 10_000;
const RUNS = 5;

test('library warm start with 10,000 stored articles vs a raw read of their metadata', async ({
  baseURL,
}) => {
  test.setTimeout(600_000);
  const { page, close } = await openOnDisk(
    baseURL!,
    (p) => p.getByRole('button', { name: 'Import files…' }),
    [],
  );
  await seedLibrary(page, { count: ARTICLES, chars: 2000 });
  await page.addInitScript(() => {
    const w = window as unknown as { benchTasks: number[] };
    w.benchTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.benchTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const firstRow: number[] = [];
  const whole: number[] = [];
  const longest: number[] = [];
  let rows = 0;
  for (let run = 0; run < RUNS; run++) {
    await page.reload({ waitUntil: 'commit' });
    const times = await page.evaluate(
      (count) =>
        new Promise<{ firstRow: number; whole: number }>((resolve) => {
          let first = 0;
          const check = () => {
            const now = performance.now();
            if (!first && document.querySelector('.table-body [role="row"]')) first = now;
            if (first && document.body.textContent?.includes(`${count.toLocaleString()} articles`))
              resolve({ firstRow: first, whole: now });
            else requestAnimationFrame(check);
          };
          check();
        }),
      ARTICLES,
    );
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(() => (window as unknown as { benchTasks: number[] }).benchTasks);
    rows = await page.locator('.table-body [role="row"]').count();
    firstRow.push(times.firstRow);
    whole.push(times.whole);
    longest.push(Math.max(0, ...tasks));
  }
  await page.addScriptTag({ path: DEXIE_UMD });
  const raw: number[] = [];
  for (let run = 0; run < RUNS; run++)
    raw.push(
      await page.evaluate(async () => {
        type DexieCtor = new (name: string) => {
          open: () => Promise<unknown>;
          table: (n: string) => { toArray: () => Promise<unknown[]> };
          close: () => void;
        };
        const Dexie = (window as unknown as { Dexie: DexieCtor }).Dexie;
        const db = new Dexie('coverage-workbench');
        await db.open();
        const t0 = performance.now();
        await db.table('articles').toArray();
        const ms = performance.now() - t0;
        db.close();
        return ms;
      }),
    );
  await close();
  const base = median(raw);
  console.log(
    `library warm start, ${ARTICLES.toLocaleString()} stored articles (on disk), median of ${RUNS}:`,
  );
  check(
    '  navigation → first row on screen (interactive)',
    median(firstRow),
    `${median(firstRow).toFixed(0)} ms`,
    { max: 1500 },
    ' ms',
  );
  console.log(`  navigation → whole list read and counted: ${median(whole).toFixed(0)} ms`);
  console.log(`  main thread longest task during the start: ${median(longest).toFixed(0)} ms`);
  check('  rows in the page', rows, String(rows), { max: 100 }, '');
  console.log(`baseline: raw Dexie read of every article's metadata: ${base.toFixed(0)} ms`);
  console.log(`ratio first row / raw metadata read: ${(median(firstRow) / base).toFixed(2)}x`);
  failIfMissed();
});

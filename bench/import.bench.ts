import { test } from '@playwright/test';
import { SCHEMA_V1 } from '../src/db/schema';
import { installDropAndWait } from './drop-files';
import { DEXIE_UMD, openOnDisk } from './on-disk-page';
import { median } from './stats';
import { check, failIfMissed } from './targets';

// Import of 1,000 generated ~5 KB articles through the real app (drop → worker: ingest and analysis →
// IndexedDB), against a raw Dexie bulkPut of the same records (read back from the app's database) into tables
// with the app's own keys and indexes, in the same Chromium, on disk (a persistent profile); then one import
// of 10,000, against the 1,000 figure (near linear: ≤ 11x).
const ARTICLES = 1000;
const RUNS = 3;
const LARGE = 10_000;

test('import 1,000 and 10,000 articles vs raw Dexie bulkPut', async ({ baseURL }) => {
  test.setTimeout(1_500_000);
  const importTimes: number[] = [];
  const rawTimes: number[] = [];
  let largeMs = 0;
  for (let run = 0; run <= RUNS; run++) {
    const count = run < RUNS ? ARTICLES : LARGE;
    const { page, close } = await openOnDisk(
      baseURL!,
      (p) => p.getByRole('button', { name: 'Import files…' }),
      [DEXIE_UMD],
    );
    await installDropAndWait(page);

    const result = await page.evaluate(
      async ({ count, schema }) => {
        const sentence = (i: number, j: number) =>
          `Officials in port city ${i} said on day ${j} that ${(i * 7 + j) % 90} cargo ships had been inspected under the new rules. `;
        const texts = Array.from({ length: count }, (_, i) => {
          let body = ` date 2024-05-${String((i % 28) + 1).padStart(2, '0')} Port inspections rise in city ${i}\n`;
          for (let j = 0; body.length < 5000; j++) body += sentence(i, j) + (j % 4 === 3 ? '\n\n' : '');
          return body;
        });

        const files = texts.map((t, i) => new File([t], `article-${i}.txt`, { type: 'text/plain' }));
        const importMs = await window.dropAndWait(files);

        // Baseline: the very records the import stored (metadata, bodies, analyses), read back and written raw
        // with Dexie: one bulkPut per table in one transaction.
        type Table = { toArray: () => Promise<unknown[]>; bulkPut: (rows: unknown[]) => Promise<unknown> };
        type DexieDb = {
          version: (n: number) => { stores: (s: Record<string, string>) => void };
          table: (n: string) => Table;
          tables: Table[];
          open: () => Promise<unknown>;
          close: () => void;
          transaction: (mode: string, tables: Table[], fn: () => Promise<void>) => Promise<void>;
        };
        const Dexie = (window as unknown as { Dexie: new (name: string) => DexieDb }).Dexie;
        const names = ['articles', 'bodies', 'analyses'];
        const app = new Dexie('coverage-workbench');
        await app.open();
        const rows = await Promise.all(names.map((n) => app.table(n).toArray()));
        app.close();
        const stored = rows.map((r) => r.length);
        const raw = new Dexie('raw-baseline');
        raw.version(1).stores(schema);
        await raw.open();
        const tables = names.map((n) => raw.table(n));
        const r0 = performance.now();
        await raw.transaction('rw', tables, async () => {
          await Promise.all(tables.map((t, i) => t.bulkPut(rows[i]!)));
        });
        return { importMs, rawMs: performance.now() - r0, stored };
      },
      { count, schema: SCHEMA_V1 },
    );
    if (result.stored.some((n) => n !== count))
      throw new Error(`the import stored ${result.stored.join('/')} articles/bodies/analyses`);
    console.log(
      `run ${run + 1}: import of ${count}: ${result.importMs.toFixed(0)} ms, raw ${result.rawMs.toFixed(0)} ms`,
    );
    if (count === LARGE) largeMs = result.importMs;
    else {
      importTimes.push(result.importMs);
      rawTimes.push(result.rawMs);
    }
    await close();
  }
  const imp = median(importTimes);
  const raw = median(rawTimes);
  console.log(`import ${ARTICLES} articles (~5 KB, on disk): median ${imp.toFixed(0)} ms over ${RUNS} runs`);
  console.log(
    `raw Dexie bulkPut of the same records (${ARTICLES} articles, bodies and analyses): median ${raw.toFixed(0)} ms`,
  );
  check('ratio import / raw write', imp / raw, `${(imp / raw).toFixed(2)}x`, { max: 2 }, 'x');
  console.log(`import ${LARGE.toLocaleString()} articles: ${largeMs.toFixed(0)} ms`);
  check(
    `ratio import of ${LARGE.toLocaleString()} / of ${ARTICLES.toLocaleString()}`,
    largeMs / imp,
    `${(largeMs / imp).toFixed(2)}x`,
    { max: 11 },
    'x',
  );
  failIfMissed();
});

import { test } from '@playwright/test';
import { createBackup } from '../src/core/export';
import { makeAnnotation, makeArticle } from '../src/core/export/test-fixtures';
import type { Annotation, Article } from '../src/core/model';
import { DEXIE_UMD, openOnDisk } from './on-disk-page';
import { median } from './stats';

// Restore of a backup of 1,000 generated ~5 KB articles (3 annotations each) through the app's Data page
// (file → worker parse and validation → merge → one IndexedDB transaction), against a raw Dexie bulkPut of
// the same records in the same Chromium, on disk (a persistent profile), fresh profile per run.
const ARTICLES = 1000;
const RUNS = 3;

function buildBackup(): { json: string; articles: Article[]; annotations: Annotation[] } {
  const articles: Article[] = [];
  const annotations: Annotation[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    let text = `The tram depot in district ${i} will reopen in spring, the transit office said.`;
    for (let j = 0; text.length < 5000; j++)
      text += `${j % 4 === 0 ? '\n\n' : ' '}Inspectors counted ${(i * 13 + j) % 97} worn rails on line ${j} of district ${i}.`;
    const article = makeArticle(`a${i}`, text, { importedAt: 1_900_000_000_000 + i });
    articles.push(article);
    for (const [k, quote] of ['tram depot', 'transit office', 'worn rails'].entries())
      annotations.push(makeAnnotation(`n${i}-${k}`, article, quote, { note: `check ${quote} in ${i}` }));
  }
  const json = createBackup({
    articles,
    analyses: [],
    annotations,
    tags: [],
    labels: [],
    corrections: [],
    outlets: [],
  });
  return { json, articles, annotations };
}

test('restore a backup of 1,000 articles vs raw Dexie bulkPut', async ({ baseURL }) => {
  test.setTimeout(600_000);
  const { json, articles, annotations } = buildBackup();
  const restoreTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { page, close } = await openOnDisk(
      `${baseURL!}/data`,
      (p) => p.getByRole('button', { name: 'Restore backup…' }),
      [DEXIE_UMD],
    );

    const result = await page.evaluate(
      async ({ json, articles, annotations }) => {
        type DexieCtor = new (name: string) => {
          version: (n: number) => { stores: (s: Record<string, string>) => void };
          table: (n: string) => { bulkPut: (rows: unknown[]) => Promise<unknown> };
          transaction: (mode: string, tables: string[], fn: () => Promise<void>) => Promise<void>;
          open: () => Promise<unknown>;
        };
        // Baseline: the same article metas, bodies and annotations written raw with Dexie, one transaction.
        const Dexie = (window as unknown as { Dexie: DexieCtor }).Dexie;
        const raw = new Dexie('raw-baseline');
        raw.version(1).stores({ articles: 'id', bodies: 'id', annotations: 'id' });
        await raw.open();
        const metas = articles.map(({ text: _t, originalText: _o, removed: _r, ...meta }) => meta);
        const bodies = articles.map((a) => ({
          id: a.id,
          text: a.text,
          originalText: a.originalText,
          removed: [],
        }));
        const r0 = performance.now();
        await raw.transaction('rw', ['articles', 'bodies', 'annotations'], async () => {
          await raw.table('articles').bulkPut(metas);
          await raw.table('bodies').bulkPut(bodies);
          await raw.table('annotations').bulkPut(annotations);
        });
        const rawMs = performance.now() - r0;

        const input = document.querySelector<HTMLInputElement>('input[aria-label="Restore backup"]')!;
        const dt = new DataTransfer();
        dt.items.add(new File([json], 'backup.json', { type: 'application/json' }));
        const t0 = performance.now();
        input.files = dt.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise<void>((resolve, reject) => {
          const check = () => {
            const done = document.querySelector('[role="status"].data-result');
            const failed = document.querySelector('[role="alert"]');
            if (failed) reject(new Error(failed.textContent ?? 'restore failed'));
            else if (done?.textContent?.includes('Restored')) resolve();
            else requestAnimationFrame(check);
          };
          check();
        });
        return { restoreMs: performance.now() - t0, rawMs };
      },
      { json, articles, annotations },
    );
    await page.getByText(`holds ${ARTICLES} articles`).waitFor();
    restoreTimes.push(result.restoreMs);
    rawTimes.push(result.rawMs);
    await close();
  }
  const restore = median(restoreTimes);
  const raw = median(rawTimes);
  const mb = (json.length / 1e6).toFixed(1);
  console.log(
    `restore backup of ${ARTICLES} articles + ${annotations.length} annotations (${mb} MB, on disk): median ${restore.toFixed(0)} ms over ${RUNS} runs`,
  );
  console.log(`raw Dexie bulkPut of the same records: median ${raw.toFixed(0)} ms`);
  console.log(`ratio restore / raw write: ${(restore / raw).toFixed(2)}x`);
});

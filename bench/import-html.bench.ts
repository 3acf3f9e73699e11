import { test } from '@playwright/test';
import { analyzeText, loadAnalysisModels } from '../src/core/analysis';
import { ingestFile } from '../src/core/ingest';
import { readHtml } from '../src/readers/html-reader';
import { makeNewsPage } from './html-pages';
import { installDropAndWait } from './drop-files';
import { openOnDisk } from './on-disk-page';
import { median, timeMedian } from './stats';

// Import of 100 real-shaped HTML news pages (menus, scripts, JSON-LD, cookie banners, related lists; see
// html-pages.ts) through the app, on disk: drop → ingest workers (Readability, clean, analyse) → IndexedDB.
// Baseline in the same run: the same work in Node (ingest and analysis of the same pages, no storage).
const PAGES = 100;
const RUNS = 3;

test('import 100 real-shaped HTML pages vs the same ingest and analysis in Node', async ({ baseURL }) => {
  const models = await loadAnalysisModels();
  test.setTimeout(600_000);
  const pages = Array.from({ length: PAGES }, (_, i) => makeNewsPage(i));
  const bytes = pages.map((p) => new TextEncoder().encode(p));
  const nodeMs = await timeMedian(
    async () => {
      for (const [i, b] of bytes.entries()) {
        const outcome = ingestFile({ fileName: `page-${i}.html`, bytes: b }, { readHtml });
        if (!outcome.ok) throw new Error(`page ${i}: ${outcome.error}`);
        for (const article of outcome.articles) analyzeText(article.text, models);
      }
    },
    RUNS,
    1,
  );
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { page, close } = await openOnDisk(
      baseURL!,
      (p) => p.getByRole('button', { name: 'Import files…' }),
      [],
    );
    await installDropAndWait(page);
    times.push(
      await page.evaluate(
        (pages) =>
          window.dropAndWait(pages.map((p, i) => new File([p], `page-${i}.html`, { type: 'text/html' }))),
        pages,
      ),
    );
    // Every page stored, none refused as a repeat or as having no story.
    await page.getByText(`${PAGES} articles`).waitFor();
    await close();
  }
  const app = median(times);
  const kb = pages.reduce((n, p) => n + p.length, 0) / 1024 / PAGES;
  console.log(
    `import ${PAGES} HTML pages (~${kb.toFixed(0)} KB each, on disk): median ${app.toFixed(0)} ms over ${RUNS} runs`,
  );
  console.log(`baseline: the same ingest and analysis in Node: median ${nodeMs.toFixed(0)} ms`);
  console.log(`ratio app import / Node ingest and analysis: ${(app / nodeMs).toFixed(2)}x`);
});

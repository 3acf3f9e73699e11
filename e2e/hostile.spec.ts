import type { Page } from '@playwright/test';
import { hostileCorpus } from '../scripts/hostile-corpus';
import { expect, fixture, test, type DropFile } from './fixtures/workbench';

declare global {
  interface Window {
    __longTasks: number[];
  }
}

/** Every record of one store, read straight from IndexedDB. */
async function storedRecords(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('coverage-workbench');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const records = await new Promise<unknown[]>((resolve) => {
      const req = db.transaction(name, 'readonly').objectStore(name).getAll();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return records;
  }, store);
}

test('the hostile corpus: each file imported whole or refused clearly, the page responsive, nothing stored changed', async ({
  workbench,
  page,
}) => {
  test.setTimeout(300_000);
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await workbench.open();
  await workbench.drop([{ name: 'harbour-wire.txt', bytes: fixture('harbour-wire.txt') }]);
  await workbench.waitForImports(1);
  const before = {
    articles: await storedRecords(page, 'articles'),
    bodies: await storedRecords(page, 'bodies'),
    analyses: await storedRecords(page, 'analyses'),
  };

  const corpus = hostileCorpus();
  await page.evaluate(() => (window.__longTasks = []));
  await workbench.drop(
    corpus.map((f): DropFile =>
      // 10 MB of one letter is built in the page rather than sent over the wire.
      f.name === 'oversize.txt'
        ? { name: f.name, repeat: { text: 'a', times: f.bytes.length } }
        : { name: f.name, bytes: Buffer.from(f.bytes), mimeType: 'application/octet-stream' },
    ),
  );
  await expect(workbench.status.getByRole('progressbar')).toHaveAttribute(
    'value',
    String(1 + corpus.length),
    {
      timeout: 240_000,
    },
  );

  for (const f of corpus) {
    const status = workbench.statusOf(f.name);
    if (f.expect === 'imported') await expect(status, f.name).toContainText(/Imported/);
    else {
      await expect(status, f.name).toContainText('Not imported');
      // The page refuses an oversized file before reading it, with its own wording.
      await expect(status, f.name).toContainText(f.name === 'oversize.txt' ? /too large/ : f.error!);
    }
  }

  const longTasks = await page.evaluate(() => window.__longTasks);
  console.log(
    `hostile corpus: ${longTasks.length} long tasks on the page, longest ${Math.round(Math.max(0, ...longTasks))} ms`,
  );
  expect(longTasks.filter((ms) => ms > 1000)).toEqual([]);

  // What was stored before is still there, unchanged; only the imported files were added.
  const after = {
    articles: await storedRecords(page, 'articles'),
    bodies: await storedRecords(page, 'bodies'),
    analyses: await storedRecords(page, 'analyses'),
  };
  for (const store of ['articles', 'bodies', 'analyses'] as const)
    for (const record of before[store]) expect(after[store]).toContainEqual(record);
  const imported = corpus.filter((f) => f.expect === 'imported').length;
  expect(after.bodies.length).toBeGreaterThanOrEqual(before.bodies.length + imported);
  await expect(workbench.row(/Port Talks/)).toBeVisible();
});

import { longestTask, resetLongTasks, watchLongTasks } from './fixtures/long-tasks';
import { expect, test } from './fixtures/workbench';

const SENTENCES = 28_000;
const TEMPLATE =
  'Inspector Lena Varga of the Danube Water Board said on Tuesday that sluice {i} near Mohacs had leaked ' +
  '{i} litres an hour, according to engineers who asked not to be named.';

test('probe2', async ({ workbench, page }) => {
  test.setTimeout(600_000);
  await watchLongTasks(page);
  await workbench.open();
  await workbench.drop([{ name: 'sluice-log.txt', lines: { template: TEMPLATE, count: SENTENCES, separator: ' ' } }]);
  await expect(workbench.status.getByRole('progressbar')).toHaveAttribute('value', '1', { timeout: 120_000 });
  await workbench.openArticle('sluice-log');
  await expect(page.getByRole('complementary', { name: 'Entities' })).toBeVisible({ timeout: 180_000 });
  for (let i = 0; i < 3; i++) {
    const r = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((res) => {
        const o = indexedDB.open('coverage-workbench');
        o.onsuccess = () => res(o.result);
      });
      const read = (store: string) =>
        new Promise<Record<string, number>>((res) => {
          const tx = db.transaction(store, 'readonly');
          const c = tx.objectStore(store).openCursor();
          const t0 = performance.now();
          c.onsuccess = () => {
            const t1 = performance.now();
            const v = c.result!.value;
            const t2 = performance.now();
            const keys = Object.keys(v);
            res({ wait: t1 - t0, access: t2 - t1, n: keys.length });
          };
        });
      const out = { bodies: await read('bodies'), analyses: await read('analyses'), articles: await read('articles') };
      db.close();
      return out;
    });
    console.log(JSON.stringify(r));
  }
  for (let i = 0; i < 3; i++) {
    await resetLongTasks(page);
    await page.reload();
    await expect(page.getByRole('complementary', { name: 'Entities' })).toBeVisible({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    console.log('reload longest', await longestTask(page), JSON.stringify(await page.evaluate(() => (window as any).__longTasks.map((t: any) => [Math.round(t.start), Math.round(t.duration)]))));
    console.log(JSON.stringify(await page.evaluate(() => performance.getEntriesByType('measure').map((m) => [m.name, Math.round(m.startTime), Math.round(m.duration)]))));
  }
});

import { writeFileSync } from 'node:fs';
import { createBackup } from '../src/core/export/backup';
import { makeArticle } from '../src/core/export/test-fixtures';
import { ExportPage } from './fixtures/export';
import { grantPersistentStorage, largeArticle, limitQuota } from './fixtures/storage';
import { expect, fixture, test } from './fixtures/workbench';

const STORAGE_FULL = 'The browser refused to store more: storage is full. Nothing was changed.';
const USAGE = /Storage: [\d.]+ (bytes|KB|MB|GB) used of [\d.]+ (KB|MB|GB|TB) available/;

test.describe('a full disk', () => {
  // The service worker's precache counts against the same quota; this test is about the workbench's data.
  test.use({ serviceWorkers: 'block' });

  test('refuses a large import and a large restore with a clear message, and keeps the first article whole', async ({
    workbench,
    page,
    baseURL,
  }, testInfo) => {
    // Room for the app's database and a news article, not for a 3 MB one (stored twice: text and original).
    await limitQuota(page, new URL(baseURL!).origin, 1_500_000);
    await workbench.open();
    await expect(page.getByRole('link', { name: /^Storage: / })).toBeVisible();

    await workbench.drop([{ name: 'seabed-wire.txt', bytes: fixture('seabed-wire.txt') }]);
    await workbench.waitForImports(1);
    await workbench.showImportDetails();
    await expect(workbench.statusOf('seabed-wire.txt')).toContainText('Imported');

    await workbench.drop([{ name: 'huge-report.txt', bytes: largeArticle('Huge Report', 3_000_000) }]);
    await expect(workbench.statusOf('huge-report.txt')).toContainText(STORAGE_FULL);
    await expect(workbench.row(/Huge Report/)).toHaveCount(0);

    await page.reload();
    await expect(workbench.table.getByRole('row')).toHaveCount(2);
    await workbench.openArticle(/Cable Watch/);
    await expect(workbench.cleanText).toContainText('pool sonar scans and patrol reports');

    const data = new ExportPage(page);
    await data.openData();
    await expect(page.getByRole('status', { name: 'Storage use' })).toContainText(USAGE);
    await expect(data.contents).toContainText('1 article, 1 analysis,');
    const before = await data.contentsText();

    const backup = testInfo.outputPath('large-backup.json');
    const article = makeArticle('large', largeArticle('Large Backup', 3_000_000).toString());
    const empty = { analyses: [], annotations: [], tags: [], labels: [], corrections: [], outlets: [] };
    writeFileSync(backup, createBackup({ articles: [article], ...empty }));
    await data.restore(backup);
    await expect(data.section('Backup').getByRole('alert')).toHaveText(STORAGE_FULL);
    await page.reload();
    await expect(data.contents).toHaveText(before);
  });
});

test('shows whether the browser keeps the data, and asks it to', async ({ workbench, page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await workbench.open('/data');
  const storage = page.getByRole('status', { name: 'Storage use' });
  await expect(storage).toContainText(USAGE);
  await expect(storage).toContainText('not persistent (the browser may clear it under pressure)');

  // A fresh headless profile has no engagement, so Chromium declines.
  await page.getByRole('button', { name: 'Ask the browser to keep this data' }).click();
  await expect(page.getByText('The browser declined.')).toBeVisible();

  // Chromium grants it to installed or much-used sites; the permission stands in for that.
  await grantPersistentStorage(page, origin);
  await page.getByRole('button', { name: 'Ask the browser to keep this data' }).click();
  await expect(storage).toContainText(/· persistent$/);
  await expect(page.getByRole('button', { name: 'Ask the browser to keep this data' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('link', { name: /^Storage: / })).not.toContainText('not persistent');
});

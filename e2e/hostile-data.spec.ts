import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ExportPage } from './fixtures/export';
import { expect, fixture, test, type Workbench } from './fixtures/workbench';

// Each test imports, downloads and restores through the real app: allow for a busy machine.
test.describe.configure({ timeout: 120_000 });

const STORES = ['articles', 'bodies', 'analyses', 'annotations', 'tags', 'labels', 'corrections'];

type Backup = Record<string, Record<string, unknown>[]>;

/** Imports one fixture article (analysed on import) and downloads the workbench's backup. */
async function backupOfOneArticle(workbench: Workbench, ex: ExportPage): Promise<Backup> {
  await workbench.open();
  await workbench.drop([{ name: 'ferry-strike.txt', bytes: fixture('ferry-strike.txt') }]);
  await workbench.waitForImports(1);
  await ex.openData();
  await expect(ex.contents).toContainText('1 analysis');
  return JSON.parse((await ex.downloadBackup()).text) as Backup;
}

type Damage = 'body without removed lines' | 'claims with null fields';

/** Damages every record of one store straight in IndexedDB, as a bug or another tool might. */
async function corruptRecords(page: Page, damage: Damage) {
  await page.evaluate(async (damage) => {
    type Stored = Record<string, unknown> & { claims: Record<string, unknown>[] };
    const store = damage === 'body without removed lines' ? 'bodies' : 'analyses';
    const change = (record: Stored) =>
      damage === 'body without removed lines'
        ? { ...record, removed: null }
        : { ...record, claims: record.claims.map((c) => ({ ...c, quotes: null, score: null })) };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('coverage-workbench');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const records = db.transaction(store, 'readwrite').objectStore(store);
    await new Promise<void>((resolve) => {
      const cursor = records.openCursor();
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at) return resolve();
        at.update(change(at.value as Stored));
        at.continue();
      };
    });
    db.close();
  }, damage);
}

test('a poisoned backup is refused, naming what is wrong, and changes nothing', async ({
  workbench,
  page,
}, testInfo) => {
  const ex = new ExportPage(page);
  const backup = await backupOfOneArticle(workbench, ex);
  const articleId = backup.articles![0]!.id as string;
  const before = await workbench.storedCounts(STORES);
  const poisoned: [string, (b: Backup) => void, string][] = [
    [
      'null-entity.json',
      (b) => (b.analyses![0]!.entities as unknown[]).push(null),
      `analyses[0] (article "${articleId}"): entities[`,
    ],
    [
      'null-removed.json',
      (b) => (b.articles![0]!.removed = [null]),
      'removed[0] is null, expected an object',
    ],
    [
      'orphan.json',
      (b) =>
        b.annotations!.push({
          id: 'n-orphan',
          articleId: 'no-such-article',
          target: {
            quote: { type: 'TextQuoteSelector', exact: 'crews', prefix: '', suffix: '' },
            position: { type: 'TextPositionSelector', start: -50, end: 1e15 },
            orphaned: false,
          },
          note: '',
          label: null,
          tags: [],
          createdAt: 1,
          updatedAt: 1,
        }),
      'annotations[0] (article "no-such-article"): articleId names no article in the backup',
    ],
    [
      'colour.json',
      (b) => (b.labels![0]!.color = 'url(http://evil.example/x)'),
      'color is "url(http://evil.example/x)", expected a colour',
    ],
    [
      'word-count.json',
      (b) => (b.articles![0]!.wordCount = -1e308),
      'wordCount is -1e+308, expected a whole number',
    ],
    [
      'deep.json',
      (b) => (b.analyses![0]!.claims as unknown[]).push('DEEP'),
      'values are nested more than 64 levels deep',
    ],
  ];
  for (const [name, poison, message] of poisoned) {
    const file = structuredClone(backup);
    poison(file);
    const path = testInfo.outputPath(name);
    const deep = `${'['.repeat(60_000)}${']'.repeat(60_000)}`;
    writeFileSync(path, JSON.stringify(file).replace('"DEEP"', deep));
    await ex.restore(path);
    const alert = ex.section('Backup').getByRole('alert');
    await expect(alert).toContainText(`Could not restore “${name}”`);
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Nothing was changed.');
    await expect(ex.page.getByText('Checking the backup')).toHaveCount(0);
    expect(await workbench.storedCounts(STORES)).toEqual(before);
  }
});

test('an article whose URL is not a web address still opens', async ({ workbench, page }) => {
  const story =
    'The regional water board said on Wednesday that the canal locks at Elvedon will close for repairs ' +
    'until the end of March, and barge operators asked for compensation.';
  await workbench.open();
  await workbench.drop([
    {
      name: 'canonical.html',
      mimeType: 'text/html',
      bytes: Buffer.from(
        `<!doctype html><html><head><title>Locks close</title><link rel="canonical" href="https://[::1"></head>` +
          `<body><article><h1>Locks close at Elvedon</h1><p>${story}</p><p>${story.replace('Wednesday', 'Friday')}</p></article></body></html>`,
      ),
    },
    {
      name: 'port.md',
      bytes: Buffer.from(
        `---\ntitle: Barge operators want compensation\nurl: http://example.com:99999/x\n---\n\n${story.replace('March', 'April')}\n`,
      ),
    },
    {
      name: 'bracket.json',
      mimeType: 'application/json',
      bytes: Buffer.from(
        JSON.stringify({
          title: 'Canal repairs until March',
          url: 'https://[::1',
          text: story.replace('barge operators', 'ferry owners'),
        }),
      ),
    },
  ]);
  await workbench.waitForImports(3);
  await expect(workbench.status.getByText(/Not imported|Already in the library/)).toHaveCount(0);
  for (const title of [/Locks close/, 'Barge operators want compensation', 'Canal repairs until March']) {
    await workbench.open();
    await workbench.openArticle(title);
    await expect(page.getByText('Unexpected Application Error')).toHaveCount(0);
  }

  // An article stored with such a URL (by an earlier version, then backed up) shows it as text, not a link.
  const ex = new ExportPage(page);
  await ex.openData();
  const backup = JSON.parse((await ex.downloadBackup()).text) as Backup;
  for (const article of backup.articles!) article.url = 'https://[::1';
  await ex.clear();
  const path = test.info().outputPath('old-urls.json');
  writeFileSync(path, JSON.stringify(backup));
  await ex.restore(path);
  await expect(ex.section('Backup').getByRole('status')).toContainText('added 3 articles');
  await workbench.open();
  await workbench.openArticle('Canal repairs until March');
  await expect(page.getByRole('article').getByText('https://[::1', { exact: true })).toBeVisible();
  await expect(page.getByRole('article').getByRole('link', { name: /::1/ })).toHaveCount(0);
});

/** Imports one article of our own and waits until the Data page counts its analysis. */
async function importOneAnalysed(workbench: Workbench, page: Page) {
  await workbench.open();
  await workbench.drop([{ name: 'ferry-strike.txt', bytes: fixture('ferry-strike.txt') }]);
  await workbench.waitForImports(1);
  const ex = new ExportPage(page);
  await ex.openData();
  await expect(ex.contents).toContainText('1 analysis');
}

test('a view that throws shows what failed and keeps the data', async ({ workbench, page }) => {
  await importOneAnalysed(workbench, page);
  // A body whose list of removed lines is gone: nothing checks it on the way to the view, which throws.
  await corruptRecords(page, 'body without removed lines');
  await workbench.open();
  await workbench.table.getByRole('link', { name: /Ferry crews walk out/ }).click();
  await expect(page.getByRole('heading', { name: 'This view failed' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('nothing stored was changed');
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  // The shell stays: the analyst can go elsewhere, and the library still has the article.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Library' }).click();
  await expect(workbench.table.getByRole('link', { name: /Ferry crews walk out/ })).toBeVisible();
  expect((await workbench.storedCounts(['articles', 'analyses'])).articles).toBe(1);
});

test('an analysis damaged in IndexedDB is discarded with a message and made again (issue #20)', async ({
  workbench,
  page,
}) => {
  await importOneAnalysed(workbench, page);
  // Claims with null fields, written behind the app's back: this left the reader at "Analysing…" forever.
  await corruptRecords(page, 'claims with null fields');
  await workbench.open();
  await workbench.table.getByRole('link', { name: /Ferry crews walk out/ }).click();
  await expect(page.getByRole('alert')).toContainText(
    'The stored analysis of this article was damaged and has been discarded (the stored analysis: claims[0]',
  );
  await expect(page.getByRole('heading', { name: 'Ferry crews walk out' })).toBeVisible();
  // Analysed again in the background: the highlights come back and the message goes.
  await expect(page.getByRole('complementary', { name: 'Entities' })).toBeVisible({ timeout: 30_000 });
  await expect(workbench.cleanText.locator('[data-entity-type]').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(workbench.cleanText.locator('[data-entity-type]').first()).toBeVisible({ timeout: 30_000 });
  expect((await workbench.storedCounts(['articles', 'analyses'])).analyses).toBe(1);
});

test('after a full re-import the panel counts only what is still not imported', async ({
  workbench,
  page,
}) => {
  await workbench.open();
  const names = ['tide-table.txt', 'lock-keeper.txt', 'quay-notice.txt'];
  await workbench.drop(names.map((name) => ({ name, bytes: Buffer.alloc(0) })));
  await workbench.waitForImports(3);
  await expect(workbench.status.getByText('3 not imported')).toBeVisible();
  // The failures are journaled: a reload lists them again.
  await page.reload();
  await expect(workbench.status.getByText('3 not imported')).toBeVisible();

  // The same files, now whole: two import, one is still empty.
  await workbench.drop(
    names.map((name, i) => ({
      name,
      bytes: Buffer.from(
        i === 2
          ? ''
          : `The harbour master in Kessow said on Tuesday that berth ${i + 4} would reopen in June.`,
      ),
    })),
  );
  await expect(workbench.status.getByText('1 not imported')).toBeVisible();
  await page.reload();
  await expect(workbench.status.getByText('1 not imported')).toBeVisible();
  await workbench.showImportDetails();
  await expect(workbench.status.getByRole('listitem')).toHaveCount(1);
});

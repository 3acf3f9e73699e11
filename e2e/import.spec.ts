import { expect, fixture, fixturePath, test } from './fixtures/workbench';

const STORY_SENTENCES = [
  'Finland and Estonia will pool sonar scans and patrol reports to guard the power and data cables under the Gulf of Finland, officials said in Tallinn on Tuesday.',
  'The Finnish Border Guard (FBG) has logged over 40 vessels that idled above cable routes since last summer.',
  "A court in Helsinki had ordered the tanker's insurer to post a bond of 18 million euros.",
  'The deal comes after 12 cargo ships were boarded in Estonian waters in February, the navy said.',
];

// The first bytes of a PNG image: a picture saved under a .txt name.
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
  0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00,
]);

const BOILERPLATE = [
  'OMXH25',
  'Brent Crude',
  'Listen to This Article',
  'Click here to follow our WhatsApp channel',
  'Also Read',
  'Helsinki bourse closes higher',
  'Copyrights ©',
  'First Published',
  '3 min read',
];

test('drop and pick articles, read one clean, reload, delete and undo', async ({ workbench, page }) => {
  await workbench.open();
  await workbench.drop([{ name: 'seabed-scraped.txt', bytes: fixture('seabed-scraped.txt') }]);
  await workbench.waitForImports(1);
  await workbench.showImportDetails();
  await expect(workbench.statusOf('seabed-scraped.txt')).toContainText('Imported');
  await workbench.pick([fixturePath('seabed-wire.txt')]);
  // The picked file is an import of its own: its status lists it alone.
  await expect(workbench.row(/Cable Watch: Finland And Estonia Agree/)).toBeVisible();
  await workbench.showImportDetails();
  await expect(workbench.statusOf('seabed-wire.txt')).toContainText('Imported');
  await expect(workbench.statusOf('seabed-scraped.txt')).toHaveCount(0);

  const scrapedRow = workbench.row(/Finland, Estonia to share seabed patrol data/);
  await expect(scrapedRow).toContainText('Nordic Press Agency');
  await expect(scrapedRow).toContainText('2025-03-12');
  await expect(workbench.row(/Cable Watch: Finland And Estonia Agree/)).toBeVisible();
  await page.screenshot({ path: 'docs/screenshot-library.png' });

  await workbench.openArticle(/Finland, Estonia to share seabed patrol data/);
  for (const sentence of STORY_SENTENCES) await expect(workbench.cleanText).toContainText(sentence);
  for (const junk of BOILERPLATE) await expect(workbench.cleanText).not.toContainText(junk);

  await page.getByRole('button', { name: 'Show original' }).click();
  await expect(page.getByRole('region', { name: 'Original file' })).toContainText('Listen to This Article');
  await page.getByRole('button', { name: 'Show clean text' }).click();

  await page.reload();
  for (const sentence of STORY_SENTENCES) await expect(workbench.cleanText).toContainText(sentence);
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(workbench.table.getByRole('row')).toHaveCount(3);

  await workbench
    .row(/Cable Watch/)
    .getByRole('checkbox')
    .check();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await expect(workbench.row(/Cable Watch/)).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(workbench.row(/Cable Watch/)).toBeVisible();
  await page.reload();
  await expect(workbench.row(/Cable Watch/)).toBeVisible();
  await expect(workbench.row(/Finland, Estonia/)).toBeVisible();
});

test('the same article dropped twice is stored once', async ({ workbench }) => {
  await workbench.open();
  await workbench.drop([{ name: 'seabed-wire.txt', bytes: fixture('seabed-wire.txt') }]);
  await workbench.waitForImports(1);
  await workbench.drop([{ name: 'copy-of-wire.txt', bytes: fixture('seabed-wire.txt') }]);
  await expect(workbench.statusOf('copy-of-wire.txt')).toContainText('Already in the library');
  await expect(workbench.status.getByText('1 already there')).toBeVisible();
  await expect(workbench.table.getByRole('row')).toHaveCount(2);
});

test("each import counts its own files; an earlier import's failures stay apart, across a reload, until dismissed", async ({
  workbench,
  page,
}) => {
  await workbench.open();
  await workbench.drop([
    { name: 'empty.txt', bytes: Buffer.alloc(0) },
    { name: 'photo.txt', bytes: PNG },
  ]);
  await workbench.waitForImports(2);
  await expect(workbench.status.getByText('2 not imported')).toBeVisible();

  const good = ['seabed-wire.txt', 'seabed-scraped.txt', 'seabed-regional.txt'];
  await workbench.drop(good.map((name) => ({ name, bytes: fixture(name) })));
  await workbench.waitForImports(3);
  // The new import's count is its own; the failures before it are shown apart, as an earlier import's.
  await expect(workbench.status.getByText('3 imported', { exact: true })).toBeVisible();
  await expect(workbench.status.getByText('Earlier imports: 2 not imported')).toBeVisible();
  await workbench.showImportDetails();
  await expect(workbench.status.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(workbench.status.getByRole('list', { name: 'Files' }).getByRole('listitem')).toHaveCount(3);
  const earlier = workbench.status.getByRole('list', { name: 'Earlier failures' });
  await expect(earlier.getByRole('listitem')).toHaveCount(2);

  // After a reload the failures are still there, with why, and still an earlier import's.
  await page.reload();
  await expect(workbench.status.getByText('Earlier imports: 2 not imported')).toBeVisible();
  await expect(workbench.status.getByRole('progressbar')).toHaveCount(0);
  await workbench.showImportDetails();
  await expect(earlier.getByRole('listitem').filter({ hasText: 'empty.txt' })).toContainText(/empty/i);
  await expect(earlier.getByRole('listitem').filter({ hasText: 'photo.txt' })).toContainText(/PNG/);

  // Dismissed from the keyboard: the focus goes back to the import button, and a reload leaves them gone.
  await workbench.status.getByRole('button', { name: 'Fold' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(workbench.status.getByRole('button', { name: 'Dismiss earlier failures' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(workbench.status).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import files…' })).toBeFocused();
  await page.reload();
  await expect(workbench.table.getByRole('row')).toHaveCount(4);
  await expect(workbench.status).toBeHidden();
});

test('pasted text becomes an article with the title, outlet and date typed beside it', async ({
  workbench,
  page,
}) => {
  await workbench.open();
  await page.getByRole('button', { name: 'Paste text…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste an article' });
  // Keyboard only: each field is reachable by Tab in order and named by its label.
  await dialog.getByLabel('Title (optional)').fill('Ferry strike ends');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Outlet (optional)')).toBeFocused();
  await page.keyboard.type('Baltic Evening Post');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Date (optional)')).toBeFocused();
  await dialog.getByLabel('Date (optional)').fill('2024-05-17');
  await dialog
    .getByLabel('Article text')
    .fill(
      'TALLINN (Reuters) - Ferry crews ended a three-day strike on Friday after the operator raised wages by 6 percent.',
    );
  await dialog.getByRole('button', { name: 'Import' }).click();
  await workbench.waitForImports(1);
  const row = workbench.row('Ferry strike ends');
  await expect(row).toContainText('Reuters via Baltic Evening Post');
  await expect(row).toContainText('2024-05-17');
  await workbench.openArticle('Ferry strike ends');
  await expect(workbench.cleanText).toContainText('raised wages by 6 percent');
});

test('a reload in the middle of importing 300 files leaves only whole articles and says which files did not finish', async ({
  workbench,
  page,
}) => {
  test.setTimeout(120_000);
  await workbench.open();
  // The first batch (200 files) is small; the last 100 are large, so the page is still reading them when it
  // reloads.
  const small = Array.from({ length: 200 }, (_, n) => ({
    name: `small-${n}.txt`,
    lines: { template: `Ferry ${n} left pier {i} on time, the harbour office said.`, count: 8 },
  }));
  const large = Array.from({ length: 100 }, (_, n) => ({
    name: `large-${n}.txt`,
    lines: {
      template: `Board ${n} met crews from pier {i} on Monday in Calvera, and {i} ships waited for inspectors.`,
      count: 1500,
    },
  }));
  await workbench.drop([...small, ...large]);
  const progress = workbench.status.getByRole('progressbar');
  await expect
    .poll(async () => Number(await progress.getAttribute('value')), { timeout: 60_000, intervals: [20] })
    .toBeGreaterThanOrEqual(200);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Coverage Workbench' })).toBeVisible();

  // Every stored article is whole: metadata, text and analysis, written together.
  const counts = await workbench.storedCounts(['articles', 'bodies', 'analyses']);
  expect(counts.articles).toBeGreaterThanOrEqual(200);
  expect(counts.articles).toBeLessThan(300);
  expect(counts.bodies).toBe(counts.articles);
  expect(counts.analyses).toBe(counts.articles);

  // The files that did not finish are listed as such, and with the stored ones they make up all 300.
  const unfinished = 300 - counts.articles!;
  await expect(workbench.status.getByText(`${unfinished} not imported`)).toBeVisible();
  // Failures of an earlier page come back folded to a line in the header, the list one click away.
  await workbench.showImportDetails();
  await expect(workbench.status.getByRole('listitem').first()).toContainText(
    'The import stopped before this file was stored',
  );
  await expect(workbench.status.getByRole('listitem').first()).toContainText(/large-\d+\.txt/);

  // They stay listed after another reload, until cleared.
  await page.reload();
  await expect(workbench.status.getByText(`${unfinished} not imported`)).toBeVisible();
  await workbench.showImportDetails();
  await workbench.status.getByRole('button', { name: 'Clear finished' }).click();
  // The list empties once the journal has let the files go, as the analyst sees before reloading.
  await expect(workbench.status.getByRole('listitem')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Coverage Workbench' })).toBeVisible();
  await expect(workbench.status).toBeHidden();
});

test('details the file did not give are set in the reader: outlet and date, kept after a reload', async ({
  page,
  workbench,
}) => {
  await workbench.open();
  await workbench.drop([
    {
      name: 'quay-notice.txt',
      bytes: Buffer.from(
        'Quay works delayed\n\nRepairs to the north quay will take two more months, the port board said on Tuesday.',
      ),
    },
  ]);
  await workbench.waitForImports(1);
  await expect(workbench.row('Quay works delayed')).not.toContainText('Harbour Courier');
  await workbench.openArticle('Quay works delayed');
  await page.getByRole('button', { name: 'Edit details…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Article details' });
  await dialog.getByLabel('Outlet').fill('Harbour Courier');
  await dialog.getByLabel('Date').fill('2031-03-02');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const byline = page.locator('.reader-header .byline');
  await expect(byline).toContainText('Harbour Courier');
  await expect(byline).toContainText('2031-03-02');
  // The text and its highlights are untouched; the library and a reload show the details.
  await expect(workbench.cleanText).toContainText('Repairs to the north quay');
  await page.reload();
  await expect(byline).toContainText('Harbour Courier');
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(workbench.row('Quay works delayed')).toContainText('Harbour Courier');
  await expect(workbench.row('Quay works delayed')).toContainText('2031-03-02');
});

import { expect, fixture, test } from './fixtures/workbench';

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
  0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00,
  0x0a, 0x49, 0x44, 0x41,
]);

const story = 'Dockworkers in Antwerp voted on Monday to accept a new contract, union leaders said.';

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

const HOSTILE_HTML = `<!doctype html><html><head><title>Canal levy approved</title>
<script>window.__pwned = 'script';</script></head><body>
<article><h1>Canal levy approved</h1>
<p>The city council in Ghent approved a levy on canal barges on Thursday, the mayor's office said.</p>
<p>The levy of 40 euros per passage will fund dredging work, officials said.</p>
<img src="x" onerror="window.__pwned = 'onerror'">
<p><a href="javascript:window.__pwned='link'">Click for more</a></p>
<script>document.body.innerHTML = 'HIJACKED';</script>
</article></body></html>`;

test('bad files get clear messages and never cost what is already stored', async ({ workbench, page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await workbench.open();
  await workbench.drop([{ name: 'seabed-wire.txt', bytes: fixture('seabed-wire.txt') }]);
  await workbench.waitForImports(1);

  await workbench.drop([
    { name: 'empty.txt', bytes: Buffer.alloc(0) },
    { name: 'photo.txt', bytes: PNG },
    { name: 'huge.txt', repeat: { text: 'All work and no play. ', times: (50 * 1024 * 1024) / 22 } },
    {
      name: 'broken-utf8.txt',
      bytes: Buffer.concat([
        Buffer.from(`${story} Café prices `),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from(' rose.'),
      ]),
    },
    { name: 'utf16.txt', bytes: utf16le(`Bakers in Lyon said the café tax would be repealed in May.`) },
    {
      name: 'cp1252.txt',
      bytes: Buffer.from(`Fishermen in Brest said the caf\xe9 quay would reopen on Friday.`, 'latin1'),
    },
    {
      name: 'broken.json',
      mimeType: 'application/json',
      bytes: Buffer.from('{"title": "Half an object", "text": '),
    },
    { name: 'hostile.html', mimeType: 'text/html', bytes: Buffer.from(HOSTILE_HTML) },
    { name: 'setup.exe', mimeType: 'application/octet-stream', bytes: Buffer.from('MZ\x90\x00binary') },
  ]);
  // The drop is an import of its own, counted apart from the one before.
  await workbench.waitForImports(9);

  await expect(workbench.statusOf('empty.txt')).toContainText(/empty/i);
  await expect(workbench.statusOf('photo.txt')).toContainText(/PNG/);
  await expect(workbench.statusOf('huge.txt')).toContainText(/too large/i);
  await expect(workbench.statusOf('broken.json')).toContainText(/JSON/);
  await expect(workbench.statusOf('setup.exe')).toContainText(/Unsupported file type/i);
  for (const name of ['empty.txt', 'photo.txt', 'huge.txt', 'broken.json', 'setup.exe'])
    await expect(workbench.statusOf(name)).toContainText('Not imported');
  await expect(workbench.statusOf('broken-utf8.txt')).toContainText(/Imported.*invalid UTF-8/i);
  for (const name of ['utf16.txt', 'cp1252.txt', 'hostile.html'])
    await expect(workbench.statusOf(name)).toContainText('Imported');

  // Nothing that was already stored is lost, and the good files of the drop are all there.
  await expect(workbench.row(/Cable Watch/)).toBeVisible();
  await expect(workbench.table.getByRole('row')).toHaveCount(1 + 5);

  await workbench.statusOf('utf16.txt').getByRole('link', { name: 'Imported' }).click();
  await expect(workbench.cleanText).toContainText('the café tax would be repealed');
  await page.goBack();
  await workbench.statusOf('cp1252.txt').getByRole('link', { name: 'Imported' }).click();
  await expect(workbench.cleanText).toContainText('the café quay would reopen');
  await page.goBack();

  await workbench.openArticle('Canal levy approved');
  await expect(workbench.cleanText).toContainText('approved a levy on canal barges');
  await expect(workbench.cleanText).not.toContainText('__pwned');
  await expect(workbench.cleanText).not.toContainText('HIJACKED');
  await page.getByRole('button', { name: 'Show original' }).click();
  await page.getByRole('button', { name: 'Rendered (sanitized)' }).click();
  await expect(
    page.frameLocator('iframe[title="Original page, sanitized"]').getByText('approved a levy'),
  ).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

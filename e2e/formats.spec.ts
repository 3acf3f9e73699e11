import { bad, bundleZip, cafeEml, ferryDocx, tollsPdf, writeArticleFolder } from './fixtures/formats';
import { expect, fixture, test } from './fixtures/workbench';

test('PDF, Word, e-mail with attachment and a ZIP with a folder land as clean articles', async ({
  workbench,
  page,
}) => {
  await workbench.open();
  await workbench.drop([
    { name: 'tolls.pdf', mimeType: 'application/pdf', bytes: tollsPdf() },
    { name: 'ferry.docx', mimeType: 'application/octet-stream', bytes: ferryDocx() },
    { name: 'cafe.eml', mimeType: 'message/rfc822', bytes: cafeEml() },
    { name: 'bundle.zip', mimeType: 'application/zip', bytes: bundleZip() },
  ]);
  await workbench.waitForImports(4);
  for (const name of ['tolls.pdf', 'ferry.docx', 'cafe.eml', 'bundle.zip'])
    await expect(workbench.statusOf(name)).toContainText('Imported');
  await expect(workbench.statusOf('cafe.eml')).toContainText('(2 articles)');
  await expect(workbench.statusOf('cafe.eml')).toContainText('photo.png was not imported');
  await expect(workbench.statusOf('bundle.zip')).toContainText('(3 articles)');
  await expect(workbench.statusOf('bundle.zip')).toContainText('stories/logo.png was not imported');

  for (const title of [
    'Flanders raises canal tolls',
    'Ferry strike ends after two days',
    'Harbour café to close for renovation',
    'Lock gates replaced at Kallo',
    'Bakers strike in Liege',
    'Tram line opens in Namur',
    'Dinant bridge to close',
  ])
    await expect(workbench.row(title)).toBeVisible();
  // A file name is never credited as the outlet: a PDF that names none has none.
  await expect(workbench.row('Lock gates replaced at Kallo')).not.toContainText('lock-gates.pdf');

  await workbench.openArticle('Flanders raises canal tolls');
  await expect(workbench.cleanText).toContainText(
    'operators who book passages a week in advance will receive a discount',
  );
  await expect(workbench.cleanText).toContainText('an assessment of its effects');
  await expect(workbench.cleanText).not.toContainText('SCHELDT COURIER');
  await expect(workbench.cleanText).not.toContainText(/Page \d of/);
  await page.goBack();

  await workbench.openArticle('Ferry strike ends after two days');
  await expect(workbench.cleanText).toContainText('What was agreed');
  await expect(workbench.cleanText).toContainText('The deal covers 1,200 workers');
  await page.goBack();

  await workbench.openArticle('Harbour café to close for renovation');
  await expect(workbench.cleanText).toContainText('The café has served dockworkers since 1962.');
  await expect(workbench.cleanText).not.toContainText('=C3=A9');
});

test('bad PDFs, Word files and archives get clear messages and nothing else is lost', async ({
  workbench,
}) => {
  await workbench.open();
  await workbench.drop([{ name: 'seabed-wire.txt', bytes: fixture('seabed-wire.txt') }]);
  await workbench.waitForImports(1);
  await workbench.drop([
    { name: 'scan.pdf', bytes: bad.scan() },
    { name: 'locked.pdf', bytes: bad.locked() },
    { name: 'cut.pdf', bytes: bad.truncated() },
    { name: 'broken.docx', bytes: bad.docx() },
    { name: 'bomb.zip', bytes: bad.bomb() },
    { name: 'traversal.zip', bytes: bad.traversal() },
  ]);
  await workbench.waitForImports(6);
  await expect(workbench.statusOf('scan.pdf')).toContainText('no text layer (it may be a scan)');
  await expect(workbench.statusOf('locked.pdf')).toContainText('password-protected');
  await expect(workbench.statusOf('cut.pdf')).toContainText('damaged or truncated');
  await expect(workbench.statusOf('broken.docx')).toContainText('damaged or not a Word document');
  await expect(workbench.statusOf('bomb.zip')).toContainText('zip bomb');
  for (const name of ['scan.pdf', 'locked.pdf', 'cut.pdf', 'broken.docx', 'bomb.zip'])
    await expect(workbench.statusOf(name)).toContainText('Not imported');
  await expect(workbench.statusOf('traversal.zip')).toContainText('Imported');
  await expect(workbench.statusOf('traversal.zip')).toContainText('../../evil.txt');
  await expect(workbench.statusOf('traversal.zip')).toContainText('path traversal');
  await expect(workbench.row(/Cable Watch/)).toBeVisible();
  await expect(workbench.row('Quay wall repaired')).toBeVisible();
  await expect(workbench.table.getByRole('row')).toHaveCount(1 + 2);
});

test('a picked folder imports every supported file in it, subfolders included', async ({
  workbench,
  page,
}) => {
  const folder = writeArticleFolder();
  await workbench.open();
  await page.getByLabel('Choose a folder of articles').setInputFiles(folder);
  await workbench.waitForImports(2);
  await workbench.showImportDetails();
  await expect(workbench.statusOf('dispatches/ghent-market.txt')).toContainText('Imported');
  await expect(workbench.statusOf('dispatches/week-2/bruges-bells.md')).toContainText('Imported');
  await expect(workbench.row('Ghent market reopens')).toBeVisible();
  await expect(workbench.row('Bruges belfry bells restored')).toBeVisible();
});

import { writeFileSync } from 'node:fs';
import { parseCsv } from '../src/core/export/csv';
import { downloadsOf, ExportPage, ReaderAnnotations, type SavedFile } from './fixtures/export';
import { expect, fixturePath, test, Workbench } from './fixtures/workbench';

const WIRE = /Cable Watch: Finland And Estonia Agree/;
const SCRAPED = /Finland, Estonia to share seabed patrol data/;
const ARTICLE_FILES = [fixturePath('seabed-wire.txt'), fixturePath('seabed-scraped.txt')];

/** Annotations written by us in W3C form, placed by quote (no source): how the workbench gets its first ones. */
// Quotes that start on plain words (a drag starting on an entity highlight would not select).
const VESSELS = 'vessels that idled above cable routes';
const BOATS = 'ships were boarded';
const VESSELS_NOTE = 'Check the coast guard figure\nagainst the annual report';
const FORMULA_NOTE = '=SUM(A1) looks like a formula';

const SEED = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'AnnotationCollection',
  first: {
    type: 'AnnotationPage',
    items: [
      {
        id: 'urn:uuid:7d1c2a57-3f0b-4c55-9a51-0e2b8f7c1a01',
        type: 'Annotation',
        motivation: 'commenting',
        body: [
          {
            type: 'TextualBody',
            value: VESSELS_NOTE,
            purpose: 'commenting',
          },
          { type: 'TextualBody', value: 'numbers', purpose: 'tagging' },
          { type: 'TextualBody', value: 'Key fact', purpose: 'classifying' },
        ],
        target: {
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: VESSELS,
              prefix: 'logged more than 40 ',
              suffix: ' since last summer',
            },
          ],
        },
      },
      {
        type: 'Annotation',
        body: { type: 'TextualBody', value: FORMULA_NOTE, purpose: 'commenting' },
        target: {
          selector: {
            type: 'TextQuoteSelector',
            exact: BOATS,
            prefix: 'after 12 cargo ',
            suffix: ' in Estonian',
          },
        },
      },
    ],
  },
};

const files = new Map<string, SavedFile>();

async function importArticles(workbench: Workbench) {
  await workbench.open();
  await workbench.pick(ARTICLE_FILES);
  await workbench.waitForImports(2);
  await expect(workbench.row(WIRE)).toBeVisible();
  await expect(workbench.row(SCRAPED)).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

test('annotations go out in every format, and a backup restores everything after a clear', async ({
  workbench,
  page,
}, testInfo) => {
  const ex = new ExportPage(page);
  await importArticles(workbench);

  // Annotate and correct through the reader, as an analyst would.
  const annotator = new ReaderAnnotations(page);
  await workbench.openArticle(WIRE);
  await annotator.waitForAnalysis();
  await annotator.annotate(VESSELS, VESSELS_NOTE, 'Key fact', ['numbers']);
  await expect(annotator.highlights()).toHaveText([VESSELS]);
  await annotator.rejectEntity('Aino Lehtonen-Varis');

  await page.getByRole('link', { name: 'Library' }).click();
  await workbench.openArticle(SCRAPED);
  await annotator.waitForAnalysis();
  await annotator.annotate(BOATS, FORMULA_NOTE);
  await expect(annotator.highlights()).toHaveText([BOATS]);

  // The same annotations in W3C form from another tool are recognised as already present.
  const seedPath = testInfo.outputPath('seed.jsonld');
  writeFileSync(seedPath, JSON.stringify(SEED));
  await ex.openData();
  await expect(ex.contents).toContainText('2 analyses, 2 annotations, 1 tag, 4 labels, 1 correction');
  await ex.importAnnotations(seedPath);
  await expect(ex.section('Import annotations').getByRole('status')).toHaveText(
    '0 annotations added to 0 articles, 2 already present.',
  );
  await expect(ex.contents).toContainText('2 analyses, 2 annotations, 1 tag, 4 labels, 1 correction');

  await page.getByRole('link', { name: 'Library' }).click();
  const [jsonld] = await ex.exportAs(/W3C Web Annotations/);
  expect(jsonld!.name).toMatch(/^coverage-annotations-\d{4}-\d\d-\d\d\.jsonld$/);
  const collection = JSON.parse(jsonld!.text);
  expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  const items = collection.first.items as {
    target: { source: Record<string, string>; selector: Record<string, unknown>[] };
  }[];
  expect(items).toHaveLength(2);
  const vessels = items.find((a) => a.target.selector[0]!.exact === VESSELS)!;
  // Each annotation names its article: the stable id, with the title, outlet and date another tool can show.
  expect(vessels.target.source.id).toMatch(/^urn:sha256:[0-9a-f]{64}$/);
  expect(vessels.target.source['dc:title']).toMatch(WIRE);
  expect(vessels.target.source['dc:date']).toBe('2025-03-12');
  const boats = items.find((a) => a.target.selector[0]!.exact === BOATS)!;
  expect(boats.target.source).toMatchObject({
    'dc:title': expect.stringMatching(SCRAPED),
    'dc:publisher': 'Gulf Business Daily',
  });
  const quote = vessels.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
  const position = vessels.target.selector.find((s) => s.type === 'TextPositionSelector')!;
  expect(quote).toMatchObject({
    exact: VESSELS,
    prefix: expect.stringContaining('logged more than 40 '),
  });
  expect((position.end as number) - (position.start as number)).toBe(VESSELS.length);
  files.set('jsonld', jsonld!);

  const [csv] = await ex.exportAs(/CSV spreadsheet/);
  expect(csv!.name).toMatch(/\.csv$/);
  expect(csv!.text.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(csv!.text);
  expect(rows[0]).toEqual([
    'article',
    'source',
    'date',
    'url',
    'quote',
    'note',
    'label',
    'tags',
    'start',
    'end',
    'article_tags',
  ]);
  const row = rows.find((r) => r[4] === VESSELS)!;
  expect(row[5]).toBe('Check the coast guard figure\nagainst the annual report');
  expect(row.slice(6, 8)).toEqual(['Key fact', 'numbers']);
  expect(Number(row[9]) - Number(row[8])).toBe(VESSELS.length);
  expect(rows.find((r) => r[4] === BOATS)![5]).toBe("'=SUM(A1) looks like a formula");
  files.set('csv', csv!);

  const [jsonl] = await ex.exportAs(/JSONL spans/);
  const lines = jsonl!.text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines).toHaveLength(2);
  expect(lines.flatMap((l) => l.label.map((s: unknown[]) => s[2]))).toContain('Key fact');

  const [md] = await ex.exportAs(/Markdown report/);
  expect(md!.name).toMatch(/^coverage-report-.*\.md$/);
  expect(md!.text).toContain('Check the coast guard figure');
  expect(md!.text).toContain(`> ${VESSELS}`);

  // One article from the reader; brat gives its .ann and .txt.
  await workbench.openArticle(WIRE);
  const brat = await ex.exportAs(/brat standoff/, 2);
  const ann = brat.find((f) => f.name.endsWith('.ann'))!;
  const txt = brat.find((f) => f.name.endsWith('.txt'))!;
  expect(ann.text).toContain(VESSELS);
  expect(txt.text).toContain('The Finnish Border Guard has logged more than 40 vessels');
  const [one] = await ex.exportAs(/W3C Web Annotations/);
  expect(JSON.parse(one!.text).first.items).toHaveLength(1);

  // Backup, clear, restore: everything comes back.
  await ex.openData();
  const before = await ex.contentsText();
  const backup = await ex.downloadBackup();
  expect(backup.name).toMatch(/^coverage-backup-\d{4}-\d\d-\d\d\.json$/);
  files.set('backup', backup);
  await ex.clear();
  await expect(ex.section('Clear workbench').getByRole('status')).toHaveText('The workbench is empty.');
  // Restored on the same page: the page says what the restore did, no longer that the workbench is empty.
  await ex.restore(backup.path);
  await expect(ex.section('Backup').getByRole('status')).toContainText('added 2 articles');
  await expect(ex.section('Clear workbench').getByRole('status')).toHaveCount(0);
  await expect(ex.contents).toHaveText(before);
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(workbench.row(WIRE)).toBeVisible();
  const [again] = await ex.exportAs(/CSV spreadsheet/);
  expect(again!.text).toBe(csv!.text);

  await ex.openData();
  const restored = JSON.parse((await ex.downloadBackup()).text);
  expect(restored.corrections).toEqual(JSON.parse(backup.text).corrections);
  expect(restored.corrections[0]).toMatchObject({
    text: 'Aino Lehtonen-Varis',
    action: { kind: 'reject' },
  });

  // Restoring the same backup into the used workbench adds nothing.
  await ex.restore(backup.path);
  await expect(ex.section('Backup').getByRole('status')).toHaveText(
    /added nothing; already present: 2 articles, 2 analyses, 2 annotations, 1 tag, 4 labels, 1 correction\./,
  );
  await expect(ex.contents).toHaveText(before);
});

test('bad imports say what is wrong and change nothing', async ({ workbench, page }, testInfo) => {
  const ex = new ExportPage(page);
  await importArticles(workbench);
  await ex.openData();
  const write = (name: string, text: string) => {
    const p = testInfo.outputPath(name);
    writeFileSync(p, text);
    return p;
  };
  await ex.importAnnotations(write('exported.jsonld', files.get('jsonld')!.text));
  await expect(ex.section('Import annotations').getByRole('status')).toContainText('2 annotations added');
  await expect(ex.contents).toContainText('2 analyses');
  const before = await ex.contentsText();
  const backup = files.get('backup')!.text;
  const bad: [string, 'restore' | 'importAnnotations', RegExp][] = [
    [
      write('broken.json', '{"format": "coverage-workbench-backup", "version": 1,'),
      'restore',
      /Could not restore “broken\.json”/,
    ],
    [
      write('truncated.json', backup.slice(0, Math.floor(backup.length / 2))),
      'restore',
      /truncated|JSON|end/i,
    ],
    [
      write('future.json', JSON.stringify({ ...JSON.parse(backup), version: 99 })),
      'restore',
      /newer version/,
    ],
    [
      write('notes.jsonld', '{"@context": "http://www.w3.org/ns/anno.jsonld", "items": [ {'),
      'importAnnotations',
      /Could not import “notes\.jsonld”/,
    ],
    [
      write(
        'elsewhere.jsonld',
        JSON.stringify({
          ...SEED,
          first: {
            items: [
              {
                type: 'Annotation',
                target: {
                  source: 'https://example.org/another-story',
                  selector: { type: 'TextQuoteSelector', exact: 'a lighthouse keeper retired in Tromsø' },
                },
              },
            ],
          },
        }),
      ),
      'importAnnotations',
      /None of the 1 annotation .* matched .*“a lighthouse keeper retired in Tromsø”/,
    ],
  ];
  for (const [path, action, message] of bad) {
    await ex[action](path);
    const section = ex.section(action === 'restore' ? 'Backup' : 'Import annotations');
    await expect(section.getByRole('alert')).toHaveText(message);
    await expect(section.getByRole('alert')).toContainText('Nothing was changed.');
    await expect(ex.contents).toHaveText(before);
  }
});

test('JSON-LD imported into a fresh workbench lands on the same words', async ({ browser }, testInfo) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const workbench = new Workbench(page);
  const ex = new ExportPage(page);
  await importArticles(workbench);
  await ex.openData();
  await expect(ex.contents).toContainText('0 annotations');
  const exported = testInfo.outputPath('exported.jsonld');
  writeFileSync(exported, files.get('jsonld')!.text);
  await ex.importAnnotations(exported);
  await expect(ex.section('Import annotations').getByRole('status')).toHaveText(
    '2 annotations added to 2 articles, 0 already present.',
  );
  await page.getByRole('link', { name: 'Library' }).click();
  const [csv] = await ex.exportAs(/CSV spreadsheet/);
  // Same quotes at the same offsets, with the note, label and tag (created by name) back.
  const key = (rows: string[][]) =>
    rows
      .slice(1)
      .map((r) => [r[0], r[4], r[5], r[6], r[7], r[8], r[9]].join('|'))
      .sort();
  expect(key(parseCsv(csv!.text))).toEqual(key(parseCsv(files.get('csv')!.text)));
  await workbench.openArticle(WIRE);
  await expect(new ReaderAnnotations(page).highlights()).toHaveText([VESSELS]);
  await expect(new ReaderAnnotations(page).item(VESSELS)).toContainText('Key fact');
  await context.close();
});

test('the export dialog closes once the download starts and gives the focus back; a failed export stays open', async ({
  workbench,
  page,
}) => {
  const ex = new ExportPage(page);
  await importArticles(workbench);
  await ex.exportButton.click();
  await expect(ex.dialog).toBeVisible();

  // Neither article has an annotation: the export fails, and the dialog stays open saying why.
  await ex.dialog.getByRole('checkbox', { name: 'Only articles with annotations' }).check();
  await ex.dialog.getByRole('button', { name: 'Download' }).click();
  await expect(ex.dialog.getByRole('alert')).toHaveText(
    'Export failed: none of these articles has an annotation.',
  );
  await expect(ex.dialog).toBeVisible();

  await ex.dialog.getByRole('checkbox', { name: 'Only articles with annotations' }).uncheck();
  await ex.dialog.getByRole('radio', { name: /CSV spreadsheet/ }).check();
  const [csv] = await downloadsOf(page, () => ex.dialog.getByRole('button', { name: 'Download' }).click());
  expect(csv!.name).toMatch(/\.csv$/);
  await expect(ex.dialog).toBeHidden();
  await expect(ex.exportButton).toBeFocused();
  // The keyboard carries on from there: Enter opens the dialog again, with nothing left of the failure.
  await page.keyboard.press('Enter');
  await expect(ex.dialog).toBeVisible();
  await expect(ex.dialog.getByRole('alert')).toHaveCount(0);
});

test('a comparison exports as Markdown with shared, unique and discrepant facts', async ({
  workbench,
  page,
}) => {
  await importArticles(workbench);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare' }).click();
  // The library's row boxes ("Select …") carry the titles too, and stay on screen while the view's code loads.
  await expect(page.getByRole('heading', { name: 'Compare coverage' })).toBeVisible();
  const picker = page.getByRole('group', { name: 'Articles', exact: true });
  await picker.getByRole('checkbox', { name: WIRE }).check();
  await picker.getByRole('checkbox', { name: SCRAPED }).check();
  await page.getByRole('button', { name: 'Compare 2 articles' }).click();
  const [md] = await downloadsOf(page, () =>
    page.getByRole('button', { name: 'Export comparison (.md)' }).click(),
  );
  expect(md!.name).toMatch(/^coverage-comparison-\d{4}-\d\d-\d\d\.md$/);
  expect(md!.text).toContain('# Coverage comparison');
  expect(md!.text).toMatch(/- \*\*A:\*\* (Cable Watch|Finland, Estonia)/);
  const section = (name: string) => md!.text.split('\n## ').find((s) => s.startsWith(name)) ?? '';
  // The wire's "has rejected" against the scrape's "had rejected", in one row with what differs.
  expect(section('Discrepant facts')).toMatch(
    /\| A court in Helsinki has ordered [^|\n]*\| A court in Helsinki had ordered [^|\n]*\| difference: [^\n]*had/,
  );
  expect(section('Shared facts')).toContain('Hiiumaa');
  expect(md!.text).toContain(BOATS);
});

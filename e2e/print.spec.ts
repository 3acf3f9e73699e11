import { readPdf } from '../src/readers/pdf-reader';
import { Annotator } from './fixtures/annotations';
import { downloadsOf } from './fixtures/export';
import { expect, fixture, test } from './fixtures/workbench';

// A report longer than the reader renders at once (it is virtualized), each paragraph its own, so a
// printout holding only the screenful on screen would miss the end.
const PARAGRAPHS = 200;
const paragraph = (i: number) =>
  `Surveyors of the Kestrel Valley Water Trust said on Monday that culvert ${i} under the old mill road ` +
  `carried ${i * 3} litres a second after the thaw, according to the trust's spring log.`;
const TEXT = [
  'Title: Culvert survey log',
  ...Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(i)),
  'The closing entry notes that the orchard footbridge will be inspected again in late autumn.',
].join('\n\n');

/** All the words of a PDF, page after page, with the line breaks pdf.js cannot tell from spaces as spaces. */
async function pdfWords(pdf: Buffer): Promise<string> {
  const read = await readPdf(new Uint8Array(pdf));
  if (!read.ok) throw new Error(`unreadable PDF: ${read.reason}`);
  return read.content.pages
    .flatMap((p) => p.items.map((i) => i.text))
    .join(' ')
    .replace(/\s+/g, ' ');
}

test('printing a reader page gives the whole text without the navigation, and the annotations as numbered notes', async ({
  workbench,
  page,
}) => {
  test.setTimeout(120_000);
  await workbench.open();
  await workbench.drop([{ name: 'culvert-survey.txt', bytes: Buffer.from(TEXT) }]);
  await workbench.waitForImports(1);
  await workbench.openArticle('Culvert survey log');
  const annotator = new Annotator(page);
  await annotator.waitForAnalysis();
  // On screen only the blocks near the window exist.
  await expect(workbench.cleanText).toHaveAttribute('data-virtual', 'true');
  await expect(workbench.cleanText.getByText('orchard footbridge')).toHaveCount(0);

  await annotator.selectWithMouse('under the old mill road');
  await page.getByRole('button', { name: /^Annotate/ }).click();
  await annotator.editor.getByRole('textbox', { name: /Note/ }).fill('Which mill? The survey map names two.');
  await annotator.editor.getByRole('button', { name: 'Save' }).click();
  await expect(annotator.editor).toBeHidden();

  const words = await pdfWords(await page.pdf({ format: 'A4' }));
  // The last paragraph, far below the screenful that was rendered, is in the printout.
  expect(words).toContain('the orchard footbridge will be inspected again in late autumn');
  expect(words).toContain(`culvert ${PARAGRAPHS - 1} under the old mill road`);
  // No navigation or import buttons, only the article.
  expect(words).not.toContain('Import files');
  expect(words).not.toContain('Skip to content');
  // The highlight legend and the note, numbered in the text and in the list after it.
  expect(words).toMatch(/Highlights.*Organisations/);
  expect(words).toMatch(/culvert 0 \[1\] ?under the old mill road/);
  const notes = words.indexOf(
    'Annotations (1) [1] “under the old mill road” Which mill? The survey map names two.',
  );
  expect(notes).toBeGreaterThan(words.indexOf('inspected again in late autumn'));

  // Back on screen, the text is virtualized again.
  await expect(workbench.cleanText.getByText('orchard footbridge')).toHaveCount(0);
});

test("the Markdown report of annotated articles only: the analyst's notes first, then the automatic claims", async ({
  workbench,
  page,
}) => {
  await workbench.open();
  await workbench.drop(
    ['reservoir-warning.txt', 'orchard-frost.txt'].map((name) => ({ name, bytes: fixture(name) })),
  );
  await workbench.waitForImports(2);
  await workbench.openArticle('Power firm warns of thinner spring flows');
  const annotator = new Annotator(page);
  await annotator.waitForAnalysis();
  await annotator.selectWithMouse('meltwater now arrives weeks earlier');
  await page.getByRole('button', { name: /^Annotate/ }).click();
  await annotator.editor.getByRole('textbox', { name: /Note/ }).fill('Earlier by how many weeks?');
  await annotator.editor.getByRole('button', { name: 'Save' }).click();
  await expect(annotator.editor).toBeHidden();

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: 'Only articles with annotations' }).check();
  await dialog.getByRole('radio', { name: /Markdown report/ }).check();
  const [md] = await downloadsOf(page, () => dialog.getByRole('button', { name: 'Download' }).click());
  const text = md!.text;
  expect(text).toContain('1 article(s), 1 annotation(s)');
  expect(text).not.toContain('Late frost');
  const note = text.indexOf('Earlier by how many weeks?');
  const findings = text.indexOf('## Automatic findings');
  expect(note).toBeGreaterThan(text.indexOf('## Annotations'));
  expect(note).toBeLessThan(findings);
  expect(text.indexOf('#### Claims')).toBeGreaterThan(findings);
});

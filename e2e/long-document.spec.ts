import { Annotator } from './fixtures/annotations';
import { expect, test } from './fixtures/workbench';

// ~1 MB: 6,000 different lines (repeated lines would be removed as boilerplate), each with a person, an
// organisation, places, a date, numbers and a hedged, attributed claim: over 10,000 highlights in all.
const LINES = 6000;
const TEMPLATE =
  'Mayor Ana Ruiz of Port Elling met officials from the Northern Rail Authority on Monday in Calvera for meeting {i}, ' +
  'and the talks are believed to have cost {i} million euros, sources said.';

/** Scrolls the reader's text (a virtualized scroll box) to its end, then brings its last paragraph into view. */
async function scrollToEnd(annotator: Annotator) {
  await annotator.scrollTextToEnd();
  const last = annotator.page.getByTestId('clean-text').locator('p').last();
  await expect(last).toContainText(`meeting ${LINES - 1},`);
  await last.scrollIntoViewIfNeeded();
}

/** The annotation's highlight pieces (cut where entity marks cross it) read as the phrase. */
async function expectHighlighted(annotator: Annotator, phrase: string) {
  await expect.poll(async () => (await annotator.highlights().allTextContents()).join('')).toBe(phrase);
}

test('a 1 MB article with over 10,000 highlights can be annotated at its very end', async ({
  workbench,
  page,
}) => {
  test.setTimeout(120_000);
  const annotator = new Annotator(page);
  await workbench.open();
  await workbench.drop([{ name: 'rail-talks.txt', lines: { template: TEMPLATE, count: LINES } }]);
  // Read and analysed in the ingest worker: over 10 s when the machine is busy.
  await expect(workbench.status.getByRole('progressbar')).toHaveAttribute('value', '1', { timeout: 90_000 });
  await workbench.openArticle('rail-talks');
  await annotator.waitForAnalysis();
  // The entity list counts mentions across the whole article, not only what is painted near the viewport.
  const mentions = await page
    .getByRole('complementary', { name: 'Entities' })
    .getByText(/^×\d+$/)
    .allTextContents();
  const total = mentions.reduce((sum, t) => sum + Number(t.slice(1)), 0);
  expect(total).toBeGreaterThan(10_000);

  await scrollToEnd(annotator);
  const phrase = `cost ${LINES - 1} million euros`;
  await annotator.selectWithMouse(phrase);
  await page.getByRole('button', { name: /Annotate/ }).click();
  await annotator.editor.getByLabel('Note').fill('Last figure in the report.');
  await annotator.editor.getByRole('button', { name: 'Save' }).click();
  await expect(annotator.editor).toBeHidden();
  await expectHighlighted(annotator, phrase);

  await page.reload();
  await annotator.waitForAnalysis();
  await expect(annotator.item(phrase)).toContainText('Last figure in the report.');
  await scrollToEnd(annotator);
  await expectHighlighted(annotator, phrase);
});

import { CompareView } from './fixtures/compare';
import { expect, test } from './fixtures/workbench';

const WIRE = /Cable Watch: Finland And Estonia Agree/;
const SCRAPED = /Finland, Estonia to share seabed patrol data/;
const REGIONAL = /Finland and Estonia to watch undersea cables together/;
const ORCHARD = /Late frost hits apple growers/;

test('two versions of a story: one story in the library, aligned side by side, scrolling together', async ({
  workbench,
  page,
}) => {
  const compare = new CompareView(page);
  await workbench.open();
  await CompareView.importFixtures(workbench, ['seabed-wire.txt', 'seabed-scraped.txt']);

  await page.getByRole('button', { name: 'Stories' }).click();
  const stories = page.getByRole('region', { name: 'Stories' });
  const story = stories.getByRole('listitem').filter({ has: page.getByRole('list', { name: /^Story:/ }) });
  await expect(story).toHaveCount(1);
  await expect(story).toContainText(WIRE);
  await expect(story).toContainText(SCRAPED);
  await story.getByRole('link', { name: /^Compare 2 versions/ }).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Comparing');
  // Which column holds which version depends on import order; find the wire's column by its wording.
  await expect(compare.column('A').getByRole('listitem').first()).toBeVisible();
  const W = (await compare.rowWith('A', 'more than 40 vessels').count()) > 0 ? 'A' : 'B';
  const S = W === 'A' ? 'B' : 'A';

  // Shared sentences sit side by side: the same row index in both columns.
  const questioned = 'Estonian prosecutors have also asked Portugal to question';
  await expect(compare.rowWith(W, questioned)).toHaveAttribute('data-kind', 'same');
  await expect(await compare.alignedRow(W, questioned)).toContainText(questioned);

  // "more than 40" and "over 40" are one fact, reworded, with no discrepancy on the row.
  const vessels = compare.rowWith(W, 'more than 40 vessels');
  await expect(vessels).toHaveAttribute('data-kind', 'reworded');
  await expect(await compare.alignedRow(W, 'more than 40 vessels')).toContainText('over 40 vessels');
  await expect(vessels.locator(W === 'A' ? 'del' : 'ins')).toContainText('more than');
  await expect(vessels.getByText(/Number (conflict|difference)/)).toHaveCount(0);
  // The tense change is a shown difference with both sides' words.
  await expect(compare.rowWith(W, 'A court in Helsinki')).toContainText(
    W === 'A' ? 'A “has” · B “had”' : 'A “had” · B “has”',
  );

  // A sentence only one outlet has stands alone, across from an empty slot.
  const boats = 'The deal comes after 12 cargo ships';
  await expect(compare.rowWith(S, boats)).toContainText(`Only in ${S}`);
  await expect(await compare.alignedRow(S, boats)).toContainText(`Not in ${W}`);
  await expect(compare.summary).toContainText(`1 only in ${S}`);

  // The page scrolls both columns at once: aligned rows stay side by side, at the same height.
  await page.evaluate(() => window.scrollBy(0, 240));
  const rowTop = async (side: 'A' | 'B', row: string) =>
    (await compare.column(side).locator(`[data-row="${row}"]`).boundingBox())!.y;
  const questionedRow = (await compare.rowWith(W, questioned).getAttribute('data-row'))!;
  expect(await rowTop('A', questionedRow)).toBe(await rowTop('B', questionedRow));

  // An annotation on a sentence of one version can be put on the aligned sentence of the other.
  await compare.seedAnnotation('more than 40 vessels', 'Check the coast guard figure');
  await page.reload();
  const noted = compare.rowWith(W, 'more than 40 vessels');
  await expect(noted.getByRole('list', { name: 'Annotations' })).toContainText(
    'Key fact: Check the coast guard figure',
  );
  await noted.getByRole('button', { name: `Also in ${S}` }).click();
  const copied = await compare.alignedRow(W, 'more than 40 vessels');
  await expect(copied.getByRole('list', { name: 'Annotations' })).toContainText(
    'Check the coast guard figure',
  );
  await expect(copied).toContainText(`(also in ${W})`);
  await expect(noted).toContainText(`(also in ${S})`);
  // The copy covers the whole aligned sentence, since B words the number differently.
  const painted = () => copied.locator('.cmp-annotation').allTextContents();
  await expect.poll(async () => (await painted()).join('')).toContain('has logged over 40 vessels');
  await page.reload();
  await expect(copied).toContainText(`(also in ${W})`);
  await page.screenshot({ path: 'test-results/compare-two.png', fullPage: true });
});

test('a changed number is a conflict; three versions give a matrix; unrelated articles share nothing', async ({
  workbench,
  page,
}) => {
  const compare = new CompareView(page);
  await workbench.open();
  await CompareView.importFixtures(workbench, [
    'seabed-scraped.txt',
    'seabed-regional.txt',
    'seabed-wire.txt',
    'orchard-frost.txt',
  ]);

  await compare.compareSelected(workbench, [SCRAPED, REGIONAL]);
  await expect(compare.discrepancyLinks.filter({ hasText: 'Number conflict' })).toContainText(
    'A “12” · B “14”',
  );
  await compare.discrepancyLinks.filter({ hasText: 'Number conflict' }).click();
  const boats = compare.rowWith('A', 'The deal comes after 12 cargo ships');
  await expect(boats).toBeFocused();
  await expect(boats).toContainText('Number conflict: A “12” · B “14”');
  await expect(await compare.alignedRow('A', '12 cargo ships')).toContainText('14 cargo ships');
  // Arrow keys walk the rows; right crosses to the aligned row of B.
  await page.keyboard.press('ArrowRight');
  await expect(await compare.alignedRow('A', '12 cargo ships')).toBeFocused();

  await page.goto('/');
  await compare.compareSelected(workbench, [WIRE, SCRAPED, REGIONAL]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coverage of 3 articles');
  const fact = compare.matrix.getByRole('row').filter({ hasText: 'The deal comes after 12 cargo ships' });
  await expect(fact.getByRole('cell').nth(0)).toContainText('Absent');
  await expect(fact.getByRole('cell').nth(1)).toContainText('Same');
  await expect(fact.getByRole('cell').nth(2)).toContainText('Reworded');
  await fact.getByRole('button', { name: /^Reworded in .*discrepanc/ }).click();
  const panel = page.getByRole('complementary', { name: 'Sentence' });
  await expect(panel).toContainText('The deal comes after 14 cargo ships');
  await expect(panel.getByRole('link', { name: 'Open in the reader' })).toHaveAttribute(
    'href',
    /\/articles\/.+\?at=\d+/,
  );
  await page.screenshot({ path: 'test-results/compare-matrix.png', fullPage: true });
  await panel.getByRole('link', { name: /^Compare side by side with Nordic Press Agency/ }).click();
  await expect(compare.rowWith('A', '12 cargo ships')).toContainText('Number conflict: A “12” · B “14”');

  await page.goto('/');
  await compare.compareSelected(workbench, [WIRE, ORCHARD]);
  await expect(compare.summary).toContainText('Nothing shared');
  await expect(compare.column('A').locator('[data-kind="same"], [data-kind="reworded"]')).toHaveCount(0);
});

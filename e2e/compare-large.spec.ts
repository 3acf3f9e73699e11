import { canalReport, CANAL_SENTENCES as SENTENCES } from './fixtures/canal-report';
import { CompareView } from './fixtures/compare';
import { longestTask, resetLongTasks, watchLongTasks } from './fixtures/long-tasks';
import { expect, test } from './fixtures/workbench';

// The page's main thread is what is measured: Playwright's trace snapshots and the accessibility snapshots an
// `expect` takes while it retries run on that thread too, so the measured stretch waits with `waitFor`.
test.use({ trace: 'off' });

test('two 200 KB versions compare with only a screenful of rows rendered and no long freeze', async ({
  workbench,
  page,
}) => {
  test.setTimeout(240_000);
  await watchLongTasks(page);
  const compare = new CompareView(page);
  await workbench.open();
  await workbench.drop([
    { name: 'canal-council.txt', bytes: Buffer.from(canalReport('a')) },
    { name: 'canal-wire.txt', bytes: Buffer.from(canalReport('b')) },
  ]);
  // Read and analysed in the ingest workers: over 10 s when the machine is busy.
  await expect(workbench.status.getByRole('progressbar')).toHaveAttribute('value', '2', { timeout: 90_000 });
  for (const title of [/council edition/, /wire edition/])
    await workbench.row(title).getByRole('checkbox').check();

  await resetLongTasks(page);
  const t0 = Date.now();
  await page.getByRole('link', { name: 'Compare selected' }).click();
  await compare.column('A').getByRole('listitem').first().waitFor({ timeout: 60_000 });
  await compare.column('B').getByRole('listitem').first().waitFor();
  const onScreen = Date.now() - t0;
  const opening = await longestTask(page);
  console.log(`two 200 KB versions: on screen after ${onScreen} ms, longest task ${opening.toFixed(0)} ms`);

  // Over a thousand aligned rows, but only those near the viewport are in the page.
  const rendered = await compare.column('A').getByRole('listitem').count();
  expect(rendered).toBeLessThan(100);
  await expect(compare.column('A').getByRole('listitem').first()).toHaveAttribute('aria-setsize', /^1\d{3}$/);

  // Scrolling far keeps both columns on the same rows, and the end of the report is reachable.
  await resetLongTasks(page);
  // Rows are measured as they render, so the end moves: scroll until it is there.
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      return compare.rowWith('A', `plot ${SENTENCES - 2} along`).count();
    })
    .toBe(1);
  await expect(compare.rowWith('A', `plot ${SENTENCES - 2} along`)).toBeVisible();
  const index = await compare.rowWith('A', `plot ${SENTENCES - 2} along`).getAttribute('data-row');
  await expect(compare.column('B').locator(`[data-row="${index}"]`)).toContainText(
    `plot ${SENTENCES - 2} along`,
  );
  const scrolling = await longestTask(page);
  console.log(`two 200 KB versions: jump to the end, longest task ${scrolling.toFixed(0)} ms`);
  // Target 200 ms (issue #19); 100-300 ms measured here with the machine shared, 640 ms at worst under load.
  expect(Math.max(opening, scrolling)).toBeLessThan(1000);
});

import { expect, test } from './fixtures/workbench';
import { seedLibrary } from './fixtures/seed';

const ARTICLES = 10_000;

test('10,000 stored articles: the library renders only the rows on screen, soon after navigation', async ({
  page,
  workbench,
}) => {
  test.setTimeout(180_000);
  await workbench.open();
  await seedLibrary(page, { count: ARTICLES, chars: 1000 });

  const t0 = Date.now();
  await page.goto('/');
  const newest = workbench.row(new RegExp(`: report ${ARTICLES - 1}$`));
  await expect(workbench.table.getByRole('row').nth(1)).toBeVisible();
  const firstRowMs = Date.now() - t0;
  expect(firstRowMs, 'first row after navigation, ms').toBeLessThan(2000);
  await expect(page.getByText(`${ARTICLES.toLocaleString()} articles`)).toBeVisible();
  await expect(newest).toBeVisible();
  expect(await workbench.table.getByRole('row').count()).toBeLessThan(100);

  // The page scrolls: at the bottom the oldest article is on screen, and still only a screenful is rendered.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(workbench.row(/: report 0$/)).toBeVisible();
  expect(await workbench.table.getByRole('row').count()).toBeLessThan(100);
});

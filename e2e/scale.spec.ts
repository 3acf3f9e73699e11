import { expect, test } from './fixtures/workbench';
import { savedIndexSize, seedLibrary } from './fixtures/seed';

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

test('10,000 stored articles: search answers with only the results on screen, and soon after a reload', async ({
  page,
  workbench,
}) => {
  test.setTimeout(300_000);
  await workbench.open();
  await seedLibrary(page, { count: ARTICLES, chars: 1000 });
  await page.reload(); // a new session over the stored library
  const box = page.getByRole('searchbox', { name: 'Search articles and notes' });
  const results = page.getByRole('list', { name: 'Results' });
  const status = page.locator('.search-page').getByRole('status');
  const search = async (query: string) => {
    await box.fill(query);
    const t0 = Date.now();
    await box.press('Enter');
    await expect(status).toHaveText(/articles?$/, { timeout: 120_000 });
    return Date.now() - t0;
  };

  // The first search ever builds the index (and saves it); every 500th article mentions the saltmarsh.
  await search('saltmarsh');
  await expect(status).toHaveText('20 articles');
  await expect(results.locator('mark').first()).toHaveText(/saltmarsh/i);

  // A word in every article: 10,000 results, of which only a screenful is in the page.
  await search('said');
  await expect(status).toHaveText('10000 articles');
  expect(await results.getByRole('listitem').count()).toBeLessThan(100);

  // After a reload the saved index answers: no rebuild. (The worker saves it right after the first search.)
  await expect
    .poll(() => savedIndexSize(page), { timeout: 120_000, message: 'articles in the saved search index' })
    .toBe(ARTICLES);
  await page.reload();
  await expect(status).toHaveText('10000 articles', { timeout: 10_000 });
  expect(await search('saltmarsh'), 'first search after a reload, ms').toBeLessThan(2000);
  await expect(status).toHaveText('20 articles');
});

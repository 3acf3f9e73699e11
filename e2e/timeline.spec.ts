import { crowdedMonth, importArticles, OUTLET_ARTICLES } from './fixtures/outlets';
import { expect, test } from './fixtures/workbench';

test.describe.configure({ timeout: 120_000 });

test('timeline: articles by date, zoom by buttons and keys, crowded steps as bars, filters in the URL, open an article', async ({
  workbench,
  page,
}) => {
  await workbench.open();
  await importArticles(workbench, [...OUTLET_ARTICLES, ...crowdedMonth(9)]);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Timeline' }).click();
  const axis = page.getByRole('list', { name: /^Articles by date/ });

  // All years, empty ones kept for scale; the crowded year is a bar, the others list their articles in date order.
  await expect(axis.getByRole('listitem').filter({ has: page.locator('.timeline-label') })).toHaveCount(3);
  await expect(page.getByRole('button', { name: '9 articles in 2027: zoom in' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Articles of 2029' }).getByRole('link')).toHaveText([
    /^Fish market moves to the old tram depot · Linden Post/,
    /^Night ferry replaces closed Aldmoor bridge/,
    /^Aldmoor bridge shut for six weeks/,
  ]);
  await expect(page.getByText('1 without a date')).toBeVisible();

  // "+" on an article zooms into its step; "-" zooms back out.
  await page.getByRole('link', { name: /^Aldmoor library opens late/ }).focus();
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/at=2028/);
  await expect(page.getByRole('list', { name: 'Articles of November 2028' })).toBeVisible();
  // The axis was redrawn under the focus: the keys still zoom, in and out again.
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/at=2028-11/);
  await page.keyboard.press('-');
  await expect(page).toHaveURL(/at=2028$/);
  await page.keyboard.press('-');
  await expect(page).not.toHaveURL(/at=/);

  // The crowded year opens by month, its crowded month by day, each day listing its article.
  await page.getByRole('button', { name: '9 articles in 2027: zoom in' }).click();
  await page.getByRole('button', { name: /articles in June 2027: zoom in/ }).click();
  await expect(page).toHaveURL(/at=2027-06/);
  await expect(axis.getByRole('link')).toHaveCount(9);
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeDisabled();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(page).toHaveURL(/at=2027$/);

  // Filtered by outlet (all its spellings), kept in the URL across a reload. Chosen right after a zoom, before
  // the zoom has rendered, the filter keeps it.
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByLabel('Outlet').selectOption({ label: 'Fjord Courier' });
  await expect(page).toHaveURL(/outlet=fjordcourier/);
  await expect(page).not.toHaveURL(/at=/);
  await page.reload();
  await expect(axis.getByRole('link')).toHaveText([/^Aldmoor bridge shut for six weeks/]);
  await expect(page.getByText('1 without a date')).toBeVisible();

  await axis.getByRole('link', { name: /^Aldmoor bridge shut for six weeks/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Aldmoor bridge shut for six weeks/ }),
  ).toBeVisible();
});

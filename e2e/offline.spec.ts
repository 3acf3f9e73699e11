import { expect, fixture, test } from './fixtures/workbench';

test('after the first visit the workbench loads and works with the network off', async ({
  workbench,
  page,
  context,
}) => {
  await workbench.open();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first load is not yet controlled by the worker; the next one is.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await workbench.drop([{ name: 'seabed-wire.txt', bytes: fixture('seabed-wire.txt') }]);
  await workbench.waitForImports(1);
  await workbench.openArticle(/Cable Watch/);
  await expect(workbench.cleanText).toContainText('pool sonar scans and patrol reports');
  // A deep link opens offline too.
  await page.goto(page.url());
  await expect(workbench.cleanText).toContainText('pool sonar scans and patrol reports');
});

test('the app can be installed: it has a web app manifest', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await page.request.get(href!)).json()) as {
    name: string;
    start_url: string;
    display: string;
  };
  expect(manifest).toMatchObject({ name: 'Coverage Workbench', start_url: '/', display: 'standalone' });
});

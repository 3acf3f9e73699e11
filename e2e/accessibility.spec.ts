import { seriousViolations } from './fixtures/axe';
import { expect, fixture, test } from './fixtures/workbench';

test('every view passes an axe scan with no serious or critical violation', async ({ workbench, page }) => {
  // Five full axe scans: about 35 s alone on a 2-core machine, more beside the other workers.
  test.setTimeout(120_000);
  await workbench.open();
  expect(await seriousViolations(page), 'empty library').toEqual([]);

  await workbench.drop([
    { name: 'seabed-wire.txt', bytes: fixture('seabed-wire.txt') },
    { name: 'seabed-scraped.txt', bytes: fixture('seabed-scraped.txt') },
  ]);
  await workbench.waitForImports(2);
  expect(await seriousViolations(page), 'library with the import panel').toEqual([]);

  await workbench.openArticle(/Cable Watch/);
  await expect(page.locator('[data-entity-type]').first()).toBeVisible();
  expect(await seriousViolations(page), 'reader').toEqual([]);

  await page.goto('/entities');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page), 'entities').toEqual([]);

  await page.goto('/');
  await workbench
    .row(/Cable Watch/)
    .getByRole('checkbox')
    .check();
  await workbench
    .row(/Finland, Estonia/)
    .getByRole('checkbox')
    .check();
  await page.getByRole('link', { name: 'Compare selected' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page), 'compare').toEqual([]);
});

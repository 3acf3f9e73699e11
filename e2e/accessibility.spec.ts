import { seriousViolations } from './fixtures/axe';
import { expect, fixture, test } from './fixtures/workbench';

test('every view passes an axe scan with no serious or critical violation', async ({ workbench, page }) => {
  await workbench.open();
  expect(await seriousViolations(page), 'empty library').toEqual([]);

  await workbench.drop([
    { name: 'harbour-wire.txt', bytes: fixture('harbour-wire.txt') },
    { name: 'harbour-scraped.txt', bytes: fixture('harbour-scraped.txt') },
  ]);
  await workbench.waitForImports(2);
  expect(await seriousViolations(page), 'library with the import panel').toEqual([]);

  await workbench.openArticle(/Port Talks/);
  await expect(page.locator('[data-entity-type]').first()).toBeVisible();
  expect(await seriousViolations(page), 'reader').toEqual([]);

  await page.goto('/entities');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page), 'entities').toEqual([]);

  await page.goto('/');
  await workbench
    .row(/Port Talks/)
    .getByRole('checkbox')
    .check();
  await workbench
    .row(/Norway, Chile/)
    .getByRole('checkbox')
    .check();
  await page.getByRole('link', { name: 'Compare selected' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page), 'compare').toEqual([]);
});

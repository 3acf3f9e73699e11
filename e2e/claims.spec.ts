import { AnalysisView } from './fixtures/analysis';
import { expect, fixture, test } from './fixtures/workbench';

test.describe('claims and their speakers', () => {
  test('filters claims by source, lists a speaker’s statements from both articles, shows a story’s speakers', async ({
    workbench,
    page,
  }) => {
    const view = new AnalysisView(page);
    await workbench.open();
    await workbench.drop([
      { name: 'quarry-wire.txt', bytes: fixture('quarry-wire.txt') },
      { name: 'quarry-local.txt', bytes: fixture('quarry-local.txt') },
    ]);
    await workbench.waitForImports(2);
    await expect(view.queueStatus).toHaveText('');

    await workbench.openArticle(/Six miners trapped/);
    await expect(view.claimMarkers.first()).toBeVisible();
    await view.filterClaims('Source', 'Anonymous');
    await expect(view.claimMarkers).toHaveCount(1);
    await expect(view.claimMarkers).toHaveAttribute('data-source', 'anonymous');
    await view.claim('safety inspections').hover();
    await expect(view.tooltip).toContainText('people familiar with the matter');
    await expect(view.tooltip).toContainText('anonymous');

    // Every statement, whatever its strength: the named speaker's three claims come back.
    await view.filterClaims('Source', 'Named (person, organisation, outlet)');
    await view.filterClaims('Strength', 'All statements');
    await expect(view.claimMarkers).toHaveCount(4);
    await view.claimMarkers.nth(1).focus();
    await expect(view.tooltip).toContainText('Penrose');
    await expect(view.tooltip).toContainText('named person');

    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Entities' }).click();
    await page.getByRole('link', { name: 'Halvard Penrose' }).click();
    const statements = page.getByRole('list', { name: 'Statements' });
    await expect(statements).toContainText('Six miners trapped');
    await expect(statements).toContainText('Families keep vigil');
    await expect(statements).toContainText('We can hear tapping');
    await expect(statements).toContainText('The rock is harder than we expected');
    await statements
      .getByRole('listitem')
      .filter({ hasText: 'The rock is harder' })
      .getByRole('link', { name: 'Read this statement' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /Families keep vigil/ })).toBeVisible();

    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Library' }).click();
    await page.getByRole('button', { name: 'Stories' }).click();
    await page.getByRole('link', { name: /Speakers in/ }).click();
    const table = page.getByRole('table');
    const penrose = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Halvard Penrose' }) });
    await expect(penrose).not.toContainText('only here');
    const workers = table.getByRole('row').filter({ hasText: 'former workers' });
    await expect(workers).toContainText('anonymous');
    await expect(workers).toContainText('only here');
  });
});

import { AnalysisView } from './fixtures/analysis';
import { seriousViolations } from './fixtures/axe';
import { expect, fixture, test } from './fixtures/workbench';

// One story from two outlets: the wire names "Mayor Olena Kovalenko", the local paper only "Kovalenko" (and
// "she"); both cite "the Kyiv city council", which the analysis keys in lower case.
const FILES = ['bridge-wire.txt', 'bridge-local.txt'];

test('the speakers view opens from the navigation for the whole library and from a story, one row per person', async ({
  workbench,
  page,
}) => {
  await workbench.open();
  await workbench.drop(FILES.map((name) => ({ name, bytes: fixture(name) })));
  await workbench.waitForImports(2);
  await expect(new AnalysisView(page).queueStatus).toHaveText('');

  const nav = page.getByRole('navigation', { name: 'Views' });
  await nav.getByRole('link', { name: 'Speakers' }).click();
  await expect(page).toHaveURL(/\/speakers$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Speakers' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Speakers' })).toHaveAttribute('aria-current', 'page');
  const table = page.getByRole('table');
  const headers = table.getByRole('rowheader');
  // "Kovalenko" alone is the Olena Kovalenko the other article names in full: one person, cited by both.
  const mayor = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Olena Kovalenko' }) });
  await expect(mayor.getByRole('cell')).toHaveText(['person', '4', '2']);
  await expect(headers.filter({ hasText: /kovalenko/i })).toHaveCount(1);
  // Named as the articles write it, not in the lower case the analysis keys it by.
  await expect(headers.filter({ hasText: /^Kyiv city council$/ })).toHaveCount(1);
  await expect(headers.filter({ hasText: /^kyiv city council$/ })).toHaveCount(0);
  expect(await seriousViolations(page), 'speakers of the library').toEqual([]);

  await nav.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'Stories' }).click();
  await page.getByRole('link', { name: /Speakers in/ }).click();
  await expect(page).toHaveURL(/\/speakers\?ids=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Speakers in this story' })).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveCount(4);
  await expect(mayor.getByRole('cell')).toHaveText(['person', '2', '2']);
  await expect(mayor).not.toContainText('only here');
  await expect(headers.filter({ hasText: /kovalenko/i })).toHaveCount(1);

  await page.getByRole('link', { name: 'Speakers in the whole library' }).click();
  await expect(page).toHaveURL(/\/speakers$/);
  await expect(mayor.getByRole('cell')).toHaveText(['person', '4', '2']);
});

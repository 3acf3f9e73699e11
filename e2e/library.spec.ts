import { expect, fixture, test } from './fixtures/workbench';

test('after "Delete selected" the focus goes to the row next to the deleted ones, then to the heading', async ({
  workbench,
  page,
}) => {
  await workbench.open();
  const names = ['seabed-wire.txt', 'seabed-scraped.txt', 'seabed-regional.txt'];
  await workbench.drop(names.map((name) => ({ name, bytes: fixture(name) })));
  await workbench.waitForImports(3);
  await expect(workbench.table.getByRole('row')).toHaveCount(4);
  const titles = await workbench.table.getByRole('rowgroup').nth(1).getByRole('link').allTextContents();
  const checkbox = (title: string) => workbench.table.getByRole('checkbox', { name: `Select ${title}` });
  const deleteSelected = async () => {
    await page.getByRole('button', { name: 'Delete selected' }).focus();
    await page.keyboard.press('Enter');
  };

  // The last row: the focus goes to the one before it, where the keyboard can go on selecting.
  await checkbox(titles[2]!).focus();
  await page.keyboard.press('Space');
  await deleteSelected();
  await expect(workbench.row(titles[2]!)).toHaveCount(0);
  await expect(checkbox(titles[1]!)).toBeFocused();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Deleted');

  // The first row: the focus goes to the one after it.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(checkbox(titles[0]!)).toBeFocused();
  await page.keyboard.press('Space');
  await deleteSelected();
  await expect(workbench.row(titles[0]!)).toHaveCount(0);
  await expect(checkbox(titles[1]!)).toBeFocused();

  // The last one left: the focus goes to the page's heading.
  await page.keyboard.press('Space');
  await deleteSelected();
  await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeFocused();
});

import { expect, test } from './fixtures/workbench';

// The app's service worker would answer the view's code from its cache, out of the test's reach.
test.use({ serviceWorkers: 'block' });

test('while a view’s code loads, the bar and the pending link say so; then the view opens', async ({
  workbench,
  page,
}) => {
  await workbench.open();
  // The timeline's code is held back until the test lets it through, as on a slow machine.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/timeline-page-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const nav = page.getByRole('navigation', { name: 'Views' });
  await nav.getByRole('link', { name: 'Timeline' }).click();
  const bar = page.getByRole('progressbar', { name: 'Opening the view' });
  await expect(bar).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Timeline' })).toHaveClass(/pending/);
  await expect(page.locator('#main')).toHaveAttribute('aria-busy', 'true');
  // The library is still there meanwhile.
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();

  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(bar).toHaveCount(0);
  await expect(page.locator('#main')).not.toHaveAttribute('aria-busy');
  await expect(nav.getByRole('link', { name: 'Timeline' })).not.toHaveClass(/pending/);
});

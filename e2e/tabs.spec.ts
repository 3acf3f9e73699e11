import { Workbench, expect, fixture, test } from './fixtures/workbench';

test('an import and a delete in one tab show in another without a reload', async ({ context }) => {
  const first = new Workbench(await context.newPage());
  const second = new Workbench(await context.newPage());
  await first.open();
  await second.open();

  await first.drop([{ name: 'harbour-wire.txt', bytes: fixture('harbour-wire.txt') }]);
  await first.waitForImports(1);
  await expect(second.row(/Port Talks/)).toBeVisible();

  await second
    .row(/Port Talks/)
    .getByRole('checkbox')
    .check();
  await second.page.getByRole('button', { name: 'Delete selected' }).click();
  await expect(first.row(/Port Talks/)).toHaveCount(0);
});

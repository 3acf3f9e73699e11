import { writeFileSync } from 'node:fs';
import { longestTask, resetLongTasks, watchLongTasks } from './fixtures/long-tasks';
import { expect, test } from './fixtures/workbench';

const SENTENCES = 28_000;
const TEMPLATE =
  'Inspector Lena Varga of the Danube Water Board said on Tuesday that sluice {i} near Mohacs had leaked ' +
  '{i} litres an hour, according to engineers who asked not to be named.';

test('probe', async ({ workbench, page }) => {
  test.setTimeout(600_000);
  await watchLongTasks(page);
  await workbench.open();
  await workbench.drop([{ name: 'sluice-log.txt', lines: { template: TEMPLATE, count: SENTENCES, separator: ' ' } }]);
  await expect(workbench.status.getByRole('progressbar')).toHaveAttribute('value', '1', { timeout: 120_000 });
  await workbench.openArticle('sluice-log');
  await expect(page.getByRole('complementary', { name: 'Entities' })).toBeVisible({ timeout: 180_000 });
  const cdp = await page.context().newCDPSession(page);
  for (let round = 0; round < 2; round++) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.reload();
    await expect(page.getByRole('complementary', { name: 'Entities' })).toBeVisible({ timeout: 30_000 });
    await expect(workbench.cleanText.locator('[data-entity-type]').first()).toBeVisible();
    await page.waitForTimeout(1000);
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(`/tmp/hprobe/reload-${round}.cpuprofile`, JSON.stringify(profile));
    console.log('reload longest', await longestTask(page));
    console.log(JSON.stringify(await page.evaluate(() => (window as any).__longTasks)));
  }
  const text = page.getByTestId('clean-text');
  await text.evaluate((el) => (el.scrollTop = el.scrollHeight * 0.5));
  await page.waitForTimeout(500);
  await resetLongTasks(page);
  await cdp.send('Profiler.start');
  await text.evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        let steps = 0;
        const step = () => {
          el.scrollTop += el.clientHeight;
          if (++steps < 30) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      }),
  );
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(`/tmp/hprobe/scroll.cpuprofile`, JSON.stringify(profile));
  console.log('scroll longest', await longestTask(page));
  console.log(JSON.stringify(await page.evaluate(() => (window as any).__longTasks)));
});

import { CompareView } from './fixtures/compare';
import { expect, test } from './fixtures/workbench';

const TBILISI = ['cablecar-wire.md', 'cablecar-reprint.md', 'cablecar-own.md'];
const MEDELLIN = ['cablecar-medellin-wire.md', 'cablecar-medellin-local.md'];

test('three versions of one story and two of a look-alike: two stories, provenance, a changed year in the matrix', async ({
  workbench,
  page,
}) => {
  await workbench.open();
  await CompareView.importFixtures(workbench, [...TBILISI, ...MEDELLIN]);

  await page.getByRole('button', { name: 'Stories' }).click();
  const stories = page.getByRole('region', { name: 'Stories' });
  const story = stories.getByRole('listitem').filter({ has: page.getByRole('list', { name: /^Story:/ }) });
  await expect(story).toHaveCount(2);
  const tbilisi = story.filter({ hasText: 'Forty rescued from stalled Tbilisi cable car' });
  await expect(tbilisi.getByRole('list').getByRole('listitem')).toHaveCount(3);
  await expect(tbilisi).toContainText('Hours in the air');
  await expect(tbilisi).not.toContainText('Medellín');
  const medellin = story.filter({ hasText: 'Metrocable line halted in Medellín' });
  await expect(medellin.getByRole('list').getByRole('listitem')).toHaveCount(2);

  // The reprint copies the wire word for word but for one year; the outlet's own story copies nothing.
  const reprint = tbilisi.getByRole('listitem').filter({ hasText: 'Forty rescued' });
  await expect(reprint).toContainText('100% of this article matches the Meridian Wire copy of 2 Jun 2026');
  const own = tbilisi.getByRole('listitem').filter({ hasText: 'Hours in the air' });
  await expect(own).toContainText('No earlier copy in this story');

  await tbilisi.getByRole('link', { name: /^Compare 3 versions/ }).click();
  // A fresh load of the compare URL (once the link has taken the page there: a reload before that reloads the
  // library).
  await expect(page).toHaveURL(/\/compare\?ids=/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Coverage of 3 articles');
  await expect(page.getByRole('region', { name: 'Story summary' })).toContainText('Caucasus Daily');

  // The year the reprint changed is a conflict, with both outlets' words in the side panel.
  // (Which version is the row's first carrier depends on import order, so the row is found by either year.)
  const yearRow = page.getByRole('row').filter({ hasText: /The line opened in 201[12]/ });
  await yearRow.getByRole('button', { name: /in Caucasus Daily, 1 discrepancy:/ }).click();
  const panel = page.getByRole('complementary', { name: 'Sentence' });
  await expect(panel).toContainText('The line opened in 2012');
  const listed = panel.getByRole('list', { name: 'Discrepancies' });
  await expect(listed).toContainText('Date conflict');
  await expect(listed).toContainText('Caucasus Daily “2012” · Meridian Wire “2011”');

  // A long fact opens whole on demand. Which version labels a row depends on import order (two workers), so
  // the first long label is taken, whichever outlet's words it shows.
  const longFact = page.getByRole('row').locator('details').first();
  const opening = (await longFact.locator('summary').innerText()).replace(/…$/, '');
  await longFact.locator('summary').click();
  const whole = longFact.locator('p');
  await expect(whole).toBeVisible();
  const text = await whole.innerText();
  expect(text.startsWith(opening)).toBe(true);
  expect(text.length).toBeGreaterThan(opening.length + 1);
});

import { AnalysisView } from './fixtures/analysis';
import { Annotator } from './fixtures/annotations';
import { Corrections } from './fixtures/corrections';
import type { Page } from '@playwright/test';
import { expect, fixture, test, type Workbench } from './fixtures/workbench';

const SURVEY = /Survey team maps shrinking ice field/;
const WARNING = /Power firm warns of thinner spring flows/;
const SERVICE = 'Alpine Glacier Monitoring Service';

test.beforeEach(async ({ workbench, page }) => {
  await workbench.open();
  await workbench.drop([
    { name: 'glacier-survey.txt', bytes: fixture('glacier-survey.txt') },
    { name: 'reservoir-warning.txt', bytes: fixture('reservoir-warning.txt') },
  ]);
  await workbench.waitForImports(2);
  await expect(new AnalysisView(page).queueStatus).toHaveText('');
});

test('an acronym in one article and its expansion in another are one entity', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Entities' }).click();
  const table = page.getByRole('table', { name: 'Entities in the library' });
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: SERVICE }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('also AGMS');
  await expect(row).toContainText('2 articles');
  await expect(table.getByRole('link', { name: 'AGMS', exact: true })).toHaveCount(0);

  // Its page shows the mentions of both articles; the filter by either name finds both.
  await row.getByRole('link', { name: SERVICE }).click();
  const mentions = page.getByRole('list', { name: 'Mentions' });
  await expect(mentions.getByRole('heading', { level: 2 })).toHaveCount(2);
  await expect(mentions.locator('mark')).toHaveCount(4);
  expect((await mentions.locator('mark').allTextContents()).sort()).toEqual([
    'AGMS',
    'AGMS',
    SERVICE,
    SERVICE,
  ]);
  await page.getByRole('link', { name: 'Show these articles in the library' }).click();
  await expect(page.getByRole('table', { name: 'Articles' }).getByRole('link')).toHaveCount(2);
});

test('a retype everywhere in the library corrects both articles, undoes, redoes and holds after a reload', async ({
  workbench,
  page,
}) => {
  const fix = new Corrections(page);
  await workbench.openArticle(WARNING);
  await new Annotator(page).waitForAnalysis();
  await expect(fix.entity('AGMS', 'ORG')).toHaveCount(1);

  await fix.retype('AGMS', 'Group', /in the library/);
  await expect(fix.entity('AGMS', 'GROUP')).toHaveCount(1);
  await expect(fix.badges).toHaveCount(1);

  await fix.undo();
  await expect(fix.entity('AGMS', 'ORG')).toHaveCount(1);
  await expect(fix.badges).toHaveCount(0);
  await fix.redo();
  await expect(fix.entity('AGMS', 'GROUP')).toHaveCount(1);

  // The other article says "AGMS" once too, and its reader shows it corrected, after a reload as well.
  await page.getByRole('link', { name: 'Library' }).click();
  await workbench.openArticle(SURVEY);
  await expect(fix.entity('AGMS', 'GROUP')).toHaveCount(1);
  await expect(fix.entity(SERVICE, 'ORG')).toHaveCount(2);
  await page.reload();
  await expect(fix.entity('AGMS', 'GROUP')).toHaveCount(1);
  await expect(fix.badges).toHaveCount(1);
});

/** Opens the reservoir article and adds the river it names in lower case as a PLACE, in `scope` if given. */
async function addRiver(workbench: Workbench, page: Page, scope?: RegExp): Promise<Corrections> {
  const fix = new Corrections(page);
  const annotator = new Annotator(page);
  await workbench.openArticle(WARNING);
  await annotator.waitForAnalysis();
  await expect(fix.entity('vesna river')).toHaveCount(0);
  await annotator.selectWithMouse('vesna river');
  await fix.addSelected('Place', scope);
  await expect(fix.entity('vesna river', 'PLACE')).toHaveCount(1);
  return fix;
}

test('a missed entity is added by selecting its words, and stays after a reload', async ({
  workbench,
  page,
}) => {
  const fix = await addRiver(workbench, page);
  await expect(fix.badges).toHaveCount(1);
  await expect(fix.badges.first()).toHaveAccessibleName('corrected: added');

  await page.reload();
  await expect(fix.entity('vesna river', 'PLACE')).toHaveCount(1);
});

test('a missed entity added everywhere in the library is added in every article, undoes and holds after a reload', async ({
  workbench,
  page,
}) => {
  const fix = await addRiver(workbench, page, /in the library/);
  await fix.undo();
  await expect(fix.entity('vesna river')).toHaveCount(0);
  await fix.redo();
  await expect(fix.entity('vesna river', 'PLACE')).toHaveCount(1);

  // The other article names the river too: it shows there as added, also after a reload.
  await page.getByRole('link', { name: 'Library' }).click();
  await workbench.openArticle(SURVEY);
  await expect(fix.entity('vesna river', 'PLACE')).toHaveCount(1);
  await expect(fix.badges).toHaveCount(1);
  await page.reload();
  await expect(fix.entity('vesna river', 'PLACE')).toHaveCount(1);
  await expect(fix.badges.first()).toHaveAccessibleName('corrected: added');
});

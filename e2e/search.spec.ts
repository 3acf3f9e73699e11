import { expect, test } from './fixtures/workbench';

const story = (title: string, body: string) => ({
  name: `${title.toLowerCase().replaceAll(' ', '-')}.txt`,
  bytes: Buffer.from(`${title}\n\n${body}\n`),
});
const FIRST = story(
  'Lake survey finds quillwort',
  'Botanists counted quillwort beds along the northern shore of Lake Veldt on Monday, the survey office said.',
);
const SECOND = story(
  'Second lake holds rare ferns',
  'A week later the same team found quillwort and two rare ferns in the shallows of Lake Orm, the office said.',
);

test('search keeps up with imports, deletes and undo, and answers again after a reload', async ({
  page,
  workbench,
}) => {
  await workbench.open();
  await workbench.drop([FIRST]);
  await expect(workbench.row('Lake survey finds quillwort')).toBeVisible();

  const box = page.getByRole('searchbox', { name: 'Search articles and notes' });
  const results = page.getByRole('list', { name: 'Results' });
  const search = async (expected: readonly string[]) => {
    await box.fill('quillwort');
    await box.press('Enter');
    await expect(results.getByRole('link')).toHaveText([...expected].sort());
  };
  await search(['Lake survey finds quillwort']);
  await expect(results.locator('mark').first()).toHaveText('quillwort');

  // The index is built now: later changes reach it as messages to the search worker.
  await page.getByRole('link', { name: 'Library' }).click();
  await workbench.drop([SECOND]);
  await expect(workbench.row('Second lake holds rare ferns')).toBeVisible();
  await search(['Lake survey finds quillwort', 'Second lake holds rare ferns']);

  await page.getByRole('link', { name: 'Library' }).click();
  await workbench.row('Lake survey finds quillwort').getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await expect(workbench.row('Lake survey finds quillwort')).toHaveCount(0);
  await search(['Second lake holds rare ferns']);

  await page.getByRole('link', { name: 'Library' }).click();
  await workbench.row('Second lake holds rare ferns').getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  // The first delete's toast may still be up: undo this one.
  await page
    .getByRole('status', { name: 'Notifications' })
    .getByRole('listitem')
    .filter({ hasText: 'Deleted “Second lake holds rare ferns”' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(workbench.row('Second lake holds rare ferns')).toBeVisible();
  await search(['Second lake holds rare ferns']);

  await page.reload();
  await expect(results.getByRole('link')).toHaveText(['Second lake holds rare ferns']);
});

test('a quoted phrase matches only as a phrase, and its snippet marks the whole phrase', async ({
  page,
  workbench,
}) => {
  await workbench.open();
  await workbench.drop([
    story(
      'Regatta draws a crowd',
      'Organisers counted More than 50 sailing boats at the harbour mouth before the start gun.',
    ),
    story(
      'Canal reopens to barges',
      'More barges than 50 queued at the lock, and more than 500 walkers lined the towpath.',
    ),
  ]);
  await expect(workbench.row('Canal reopens to barges')).toBeVisible();

  const box = page.getByRole('searchbox', { name: 'Search articles and notes' });
  const results = page.getByRole('list', { name: 'Results' });
  // Unquoted, the words match anywhere in either article.
  await box.fill('more than 50');
  await box.press('Enter');
  await expect(results.getByRole('link')).toHaveCount(2);

  await box.fill('"more than 50"');
  await box.press('Enter');
  await expect(page.getByRole('heading', { name: 'Search: “"more than 50"”' })).toBeVisible();
  await expect(results.getByRole('link')).toHaveText(['Regatta draws a crowd']);
  await expect(results.locator('mark')).toHaveText(['More than 50']);
});

import { Annotator } from './fixtures/annotations';
import { expect, fixture, test } from './fixtures/workbench';

const TITLE = /Aldermoor Dam Inspection/;

test.beforeEach(async ({ workbench }) => {
  await workbench.open();
  await workbench.drop([{ name: 'dam-inspection.txt', bytes: fixture('dam-inspection-v1.txt') }]);
  await workbench.waitForImports(1);
  await workbench.openArticle(TITLE);
});

test('annotate with the mouse, reload, edit, delete and undo', async ({ page }) => {
  const annotator = new Annotator(page);
  await annotator.waitForAnalysis();
  await annotator.selectWithMouse('no immediate danger');
  await page.getByRole('button', { name: /Annotate/ }).click();
  const editor = annotator.editor;
  await editor.getByLabel('Note').fill('Who checked this?\nAsk the board.');
  await editor.getByRole('radio', { name: 'Disputed' }).check();
  const tagField = editor.getByRole('combobox', { name: 'Add tag' });
  await tagField.fill('safety');
  await tagField.press('Enter');
  await tagField.fill('follow-up');
  await tagField.press('Enter');
  await expect(editor.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveCount(2);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();

  await page.reload();
  await expect(annotator.highlights()).toHaveText(['no immediate danger']);
  const item = annotator.item('no immediate danger');
  await expect(item).toContainText('Disputed');
  await expect(item).toContainText('safety');
  await expect(item).toContainText('follow-up');
  await expect(item.locator('.annotation-item-note')).toHaveText('Who checked this?\nAsk the board.');

  await annotator.openAnnotation('no immediate danger');
  await annotator.editor.getByLabel('Note').fill('Checked by the regional board.');
  await annotator.editor.getByRole('button', { name: 'Save' }).click();
  await expect(item).toContainText('Checked by the regional board.');

  await annotator.openAnnotation('no immediate danger');
  await annotator.editor.getByRole('button', { name: 'Delete' }).click();
  await expect(annotator.highlights()).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(annotator.highlights()).toHaveText(['no immediate danger']);
  await expect(annotator.item('no immediate danger')).toContainText('Checked by the regional board.');
  await page.keyboard.press('Control+z');
  await expect(annotator.item('no immediate danger')).toContainText('Who checked this?');
  await page.keyboard.press('Control+Shift+z');
  await expect(annotator.item('no immediate danger')).toContainText('Checked by the regional board.');
});

test('keyboard only: select with shift+arrows, annotate with a, step with j and k', async ({ page }) => {
  const annotator = new Annotator(page);
  await annotator.waitForAnalysis();
  await annotator.text.focus();
  for (let i = 0; i < 2; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('a');
  await expect(annotator.editor).toBeVisible();
  await page.keyboard.type('first note');
  await page.keyboard.press('Control+Enter');
  await expect(annotator.editor).toBeHidden();
  await expect(annotator.highlights().first()).toContainText('Engineers inspecting');

  // Saved, the focus is back in the text: the keyboard carries on from there.
  await expect(annotator.text).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('a');
  await page.keyboard.type('second note');
  await page.keyboard.press('Control+Enter');
  await expect(annotator.panel.getByRole('listitem')).toHaveCount(2);
  // The note just written becomes the current one; j then steps on from it (to the first, wrapping).
  await expect(annotator.panel.locator('[aria-current="true"]')).toContainText('second note');

  await page.keyboard.press('j');
  await expect(annotator.panel.locator('[aria-current="true"]')).toContainText('first note');
  await page.keyboard.press('j');
  await expect(annotator.panel.locator('[aria-current="true"]')).toContainText('second note');
  await page.keyboard.press('k');
  await expect(annotator.panel.locator('[aria-current="true"]')).toContainText('first note');
});

test('a new version of the article moves annotations and orphans the one on a deleted sentence', async ({
  page,
  workbench,
}) => {
  const annotator = new Annotator(page);
  await annotator.waitForAnalysis();
  for (const [phrase, note] of [
    ['no immediate danger', 'kept'],
    ['about 4 million euros', 'costs'],
  ] as const) {
    await annotator.selectWithMouse(phrase);
    await page.keyboard.press('a');
    await annotator.editor.getByLabel('Note').fill(note);
    await annotator.editor.getByRole('button', { name: 'Save' }).click();
    await expect(annotator.editor).toBeHidden();
  }
  await expect(annotator.highlights()).toHaveCount(2);

  await workbench.drop([{ name: 'dam-inspection.txt', bytes: fixture('dam-inspection-v2.txt') }]);
  await expect(workbench.statusOf('dam-inspection.txt').last()).toContainText(
    'Updated to a new version (1 annotation moved, 1 could not be placed)',
  );
  await expect(workbench.cleanText).toContainText('Residents of Brenning');
  await expect(annotator.highlights()).toHaveText(['no immediate danger']);
  const orphans = annotator.panel.getByRole('list', { name: 'Could not be placed' });
  await expect(orphans).toContainText('about 4 million euros');
  await page.reload();
  await expect(annotator.highlights()).toHaveText(['no immediate danger']);
  await expect(orphans).toContainText('costs');
});

test('reject an entity and retype another: the reader and a re-analysis respect it', async ({
  page,
  workbench,
}) => {
  const annotator = new Annotator(page);
  await annotator.waitForAnalysis();
  const text = workbench.cleanText;
  await expect(text.locator('[data-entity-type="PERSON"]')).toHaveText(['Petra Lindqvist']);
  await text.locator('[data-entity-type="PERSON"]').click();
  const menu = page.getByRole('dialog', { name: 'Highlight actions' });
  // A type chosen but not applied does not follow the analyst to the next highlight clicked.
  await menu.getByLabel('Type').selectOption('PLACE');
  await text.locator('[data-entity-type="DATE"]').first().click();
  await expect(menu).toContainText('Date · Monday');
  await expect(menu.getByLabel('Type')).toHaveValue('DATE');
  await text.locator('[data-entity-type="PERSON"]').click();
  await menu.getByLabel('Type').selectOption('ORG');
  await menu.getByRole('button', { name: 'Change type' }).click();
  await expect(text.locator('[data-entity-type="ORG"]')).toHaveText(['Petra Lindqvist']);

  const date = text.locator('[data-entity-type="DATE"]').first();
  await expect(date).toHaveText('Monday');
  await date.click();
  await menu.getByRole('button', { name: 'Reject' }).click();
  await expect(text.locator('[data-entity-type="DATE"]')).toHaveCount(0);

  // A new version re-runs the analysis; the corrections, re-anchored by their text, still win.
  await workbench.drop([{ name: 'dam-inspection.txt', bytes: fixture('dam-inspection-v2.txt') }]);
  await expect(text).toContainText('Residents of Brenning');
  await annotator.waitForAnalysis();
  await expect(text.locator('[data-entity-type="ORG"]').filter({ hasText: 'Petra Lindqvist' })).toHaveCount(
    1,
  );
  await expect(text.locator('[data-entity-type="PERSON"]').filter({ hasText: 'Petra' })).toHaveCount(0);
  // The rejected mention (first paragraph) stays rejected after re-analysis.
  await expect(text.locator('p').first().locator('[data-entity-type="DATE"]')).toHaveCount(0);
  await page.reload();
  await expect(text.locator('[data-entity-type="ORG"]').filter({ hasText: 'Petra Lindqvist' })).toHaveCount(
    1,
  );
  await page.getByRole('link', { name: 'Entities' }).click();
  const entities = page.getByRole('table', { name: 'Entities in the library' });
  await expect(entities.getByRole('row').filter({ hasText: 'Petra Lindqvist' })).toContainText(
    'Organisation',
  );
});

test('search finds an article by a word of a note and by a phrase of its text; filters combine', async ({
  page,
  workbench,
}) => {
  const annotator = new Annotator(page);
  await annotator.waitForAnalysis();
  await annotator.selectWithMouse('reservoir level');
  await page.keyboard.press('a');
  await annotator.editor.getByLabel('Note').fill('Compare with the drought report');
  await annotator.editor.getByRole('radio', { name: 'Key fact' }).check();
  await annotator.editor.getByRole('button', { name: 'Save' }).click();
  await expect(annotator.highlights()).toHaveCount(1);

  const box = page.getByRole('searchbox', { name: 'Search articles and notes' });
  await box.fill('drought');
  await box.press('Enter');
  const results = page.getByRole('list', { name: 'Results' });
  await expect(results.getByRole('link', { name: TITLE })).toBeVisible();
  await expect(results.locator('mark')).toHaveText(['drought']);

  await box.fill('"northern spillway"');
  await box.press('Enter');
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results.locator('mark').first()).toHaveText('northern spillway');
  await page.getByLabel('Label').selectOption({ label: 'Key fact' });
  await expect(page).toHaveURL(/label=label-key-fact/);
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await page.getByLabel('Label').selectOption({ label: 'Disputed' });
  await expect(results.getByRole('listitem')).toHaveCount(0);
  // A link naming the label rather than its id finds the same, and one naming no label says so.
  await page.goto('/search?q=%22northern%20spillway%22&label=key%20fact');
  await expect(page).toHaveURL(/label=label-key-fact/);
  await expect(page.getByLabel('Label')).toHaveValue('label-key-fact');
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await page.goto('/search?q=%22northern%20spillway%22&label=Urgent');
  await expect(page.getByRole('alert')).toContainText('No label is named “Urgent”.');
  await page.getByLabel('Label').selectOption({ label: 'Key fact' });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByLabel('From').fill('2031-01-01');
  await expect(results.getByRole('listitem')).toHaveCount(0);

  await box.fill('"phrase that is nowhere"');
  await box.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'articles' })).toHaveText('0 articles');
  await page.goto('/search?q=%22northern%20spillway%22');
  await results.getByRole('link', { name: TITLE }).click();
  await expect(workbench.cleanText).toContainText('northern spillway');
});

test('tag articles in bulk and in the reader, then rename, count and merge tags', async ({
  page,
  workbench,
}) => {
  await page.getByRole('combobox', { name: 'Tag this article' }).fill('infrastructure');
  await page.getByRole('combobox', { name: 'Tag this article' }).press('Enter');
  await expect(page.getByRole('group', { name: 'Article tags' })).toContainText('infrastructure');

  await page.getByRole('link', { name: 'Library' }).click();
  await workbench.row(TITLE).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Tag selected…' }).click();
  await page.getByRole('dialog').getByLabel('Tag').fill('week 23');
  await page.getByRole('dialog').getByRole('button', { name: 'Apply tag' }).click();

  await page.getByRole('link', { name: 'Tags' }).click();
  const table = page.getByRole('table', { name: 'Tags' });
  await expect(
    table.getByRole('row').filter({ has: page.getByRole('textbox', { name: /week 23/ }) }),
  ).toContainText('1 article, 0 annotations');
  await page.getByLabel('Merge week 23 into').selectOption({ label: 'infrastructure' });
  await table
    .getByRole('row')
    .filter({ has: page.getByRole('textbox', { name: /week 23/ }) })
    .getByRole('button', { name: 'Merge' })
    .click();
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByRole('textbox', { name: 'Name of tag infrastructure' }).fill('dams');
  await page.getByRole('textbox', { name: 'Name of tag infrastructure' }).press('Enter');
  await expect(page.getByRole('textbox', { name: 'Name of tag dams' })).toBeVisible();
  await page.goto('/');
  await workbench.openArticle(TITLE);
  await expect(page.getByRole('group', { name: 'Article tags' })).toContainText('dams');
});

test("an analyst's own label is renamed, then merged into a built-in one, on the tags page", async ({
  page,
}) => {
  const annotator = new Annotator(page);
  await annotator.waitForAnalysis();
  await annotator.selectWithMouse('no immediate danger');
  await page.keyboard.press('a');
  await annotator.editor.getByLabel('Note').fill('Ask the board');
  await annotator.editor.getByRole('textbox', { name: 'New label name' }).fill('Check later');
  await annotator.editor.getByRole('button', { name: 'Add label' }).click();
  await expect(annotator.editor.getByRole('radio', { name: 'Check later' })).toBeChecked();
  await annotator.editor.getByRole('button', { name: 'Save' }).click();
  await expect(annotator.item('no immediate danger')).toContainText('Check later');

  await page.getByRole('link', { name: 'Tags' }).click();
  const labels = page.getByRole('table', { name: 'Labels' });
  const keyFact = labels
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'Key fact (built in)' }) });
  await expect(keyFact).toHaveCount(1);
  const name = labels.getByRole('textbox', { name: 'Name of label Check later' });
  await expect(name.locator('xpath=ancestor::tr')).toContainText('1 annotation');
  await name.fill('Verify');
  await name.press('Enter');
  await labels.getByLabel('Merge Verify into').selectOption({ label: 'Key fact' });
  await labels.getByRole('button', { name: 'Merge' }).click();
  await expect(labels.getByRole('textbox')).toHaveCount(0);
  await expect(keyFact).toContainText('1 annotation');

  await page.goto('/');
  await page.getByRole('link', { name: TITLE }).click();
  await expect(annotator.item('no immediate danger')).toContainText('Key fact');
});

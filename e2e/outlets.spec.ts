import { importArticles, KILN_ARTICLES, OUTLET_ARTICLES, OutletsView } from './fixtures/outlets';
import { expect, test } from './fixtures/workbench';

test.describe.configure({ timeout: 120_000 });

test('outlets: spellings joined, days and stories, facts not carried, rename, merge with undo, library filter, reload keeps the merge', async ({
  workbench,
  page,
}) => {
  await workbench.open();
  await importArticles(workbench, OUTLET_ARTICLES);
  const outlets = new OutletsView(page);
  await outlets.open();

  // "@lindenpost", "Linden Post" and "lindenpost.com" are one outlet, shown by its name.
  const linden = outlets.outlet('Linden Post');
  await expect(linden).toContainText('3 articles');
  await expect(linden).toContainText('2028-11-02 – 2029-03-14');
  await expect(linden).toContainText('as “Linden Post”, “lindenpost”, “lindenpost.com”');
  const fjord = outlets.outlet('Fjord Courier');
  await expect(fjord).toContainText('2 articles');
  await expect(fjord).toContainText('2029-03-15 (1 article undated)');

  // The bridge story: the Linden Post did not carry the repair cost; the Fjord Courier carried every fact.
  await linden.getByRole('button', { name: /^Facts Linden Post did not carry/ }).click();
  await expect(linden.getByRole('list', { name: 'Facts Linden Post did not carry' })).toContainText(
    'The repair will cost 2.4 million crowns',
  );
  await fjord.getByRole('button', { name: /^Facts Fjord Courier did not carry/ }).click();
  await expect(fjord).toContainText('Fjord Courier carried every fact of this story.');

  await outlets.rename('Fjord Courier', 'The Fjord Courier');
  await expect(outlets.outlet('The Fjord Courier')).toContainText('2 articles');

  // A merge is confirmed in a dialog and undone from its toast.
  await outlets.merge('The Fjord Courier', 'Linden Post');
  await expect(outlets.list.getByRole('heading', { level: 2 })).toHaveText(['Linden Post']);
  await expect(linden).toContainText('5 articles');
  await page.getByRole('button', { name: 'Undo' }).last().click();
  await expect(outlets.list.getByRole('heading', { level: 2 })).toHaveText([
    'Linden Post',
    'The Fjord Courier',
  ]);

  // The keyboard reaches every action: the rename dialog opens, and Escape leaves it unchanged.
  await outlets.outlet('Linden Post').getByRole('button', { name: 'Rename…' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Rename Linden Post' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Rename Linden Post' })).toBeHidden();

  await outlets.merge('Linden Post', 'The Fjord Courier');
  await page.reload();
  await expect(outlets.list.getByRole('heading', { level: 2 })).toHaveText(['The Fjord Courier']);
  await expect(outlets.outlet('The Fjord Courier')).toContainText('5 articles');

  // The library filtered by the outlet, each article's source shown by the merged outlet's name.
  await outlets.outlet('The Fjord Courier').getByRole('link', { name: 'Articles in the library' }).click();
  await expect(page).toHaveURL(/\/\?outlet=fjordcourier$/);
  await expect(page.getByText('From The Fjord Courier')).toBeVisible();
  await expect(workbench.table.getByRole('row')).toHaveCount(6);
  await expect(workbench.row('Fish market moves to the old tram depot')).toContainText('The Fjord Courier');
  await page.getByRole('button', { name: 'Remove filter: from The Fjord Courier' }).click();
  await expect(page).toHaveURL(/\/$/);

  // The reader names the outlet as the analyst does: "@lindenpost" was merged into The Fjord Courier.
  await workbench.openArticle('Night ferry replaces closed Aldmoor bridge');
  await expect(page.locator('.reader-header .source')).toHaveText('The Fjord Courier');
});

test("the library's outlet filter in the URL takes the outlet's name as shown, and the key the outlets view links with", async ({
  workbench,
  page,
}) => {
  await workbench.open();
  await importArticles(workbench, OUTLET_ARTICLES);
  const rows = workbench.table.getByRole('row');

  // Typed or pasted by hand: the name the library shows, in any case, with its spaces encoded either way.
  for (const url of ['/?outlet=Linden%20Post', '/?outlet=linden+post', '/?outlet=lindenpost']) {
    await page.goto(url);
    await expect(page.getByText('From Linden Post')).toBeVisible();
    await expect(rows).toHaveCount(1 + 3);
    await expect(workbench.row('Night ferry replaces closed Aldmoor bridge')).toBeVisible();
  }

  // A renamed outlet by its new name; the outlets view's link (by key) lands on the same filter.
  const outlets = new OutletsView(page);
  await outlets.open();
  await outlets.rename('Fjord Courier', 'Harbour Courier');
  await page.goto('/?outlet=Harbour%20Courier');
  await expect(page.getByText('From Harbour Courier')).toBeVisible();
  await expect(rows).toHaveCount(1 + 2);
  await outlets.open();
  await outlets.outlet('Harbour Courier').getByRole('link', { name: 'Articles in the library' }).click();
  await expect(page).toHaveURL(/\/\?outlet=fjordcourier$/);
  await expect(page.getByText('From Harbour Courier')).toBeVisible();
  await expect(rows).toHaveCount(1 + 2);

  // The timeline reads its outlet filter the same way.
  await page.goto('/timeline?outlet=Harbour%20Courier');
  await expect(page.getByLabel('Outlet')).toHaveValue('fjordcourier');
  await expect(page.getByRole('list', { name: /^Articles by date/ }).getByRole('link')).toHaveText([
    /^Aldmoor bridge shut for six weeks/,
  ]);

  // A name no outlet has finds nothing, and says which name it looked for.
  await page.goto('/?outlet=Harbour%20Desk');
  await expect(page.getByText('From Harbour Desk')).toBeVisible();
  await expect(rows).toHaveCount(1);
});

test('search rows and the source filter name outlets as the analyst merged and renamed them, after a reload too', async ({
  workbench,
  page,
}) => {
  await workbench.open();
  await importArticles(workbench, KILN_ARTICLES);
  const outlets = new OutletsView(page);
  const results = page.getByRole('list', { name: 'Results' });
  const credit = (title: string) =>
    results
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: title, exact: true }) })
      .locator('.muted');
  // Searches for "kiln" and checks each row's credit line, then again after a reload.
  const expectCredits = async (expected: Readonly<Record<string, string>>) => {
    const box = page.getByRole('searchbox', { name: 'Search articles and notes' });
    await box.fill('kiln');
    await box.press('Enter');
    await expect(results.getByRole('link')).toHaveCount(3);
    for (const reload of [false, true]) {
      if (reload) await page.reload();
      for (const [title, line] of Object.entries(expected)) await expect(credit(title)).toHaveText(line);
    }
  };

  await expectCredits({ 'Potters return to the kiln sheds': 'Reuters via Tarn Valley Radio · 2026-04-09' });

  // Merged into an outlet the analyst never renamed: the rows show that outlet's name.
  await outlets.open();
  await outlets.merge('Tarn Valley Radio', 'Brannock Herald');
  await expectCredits({ 'Potters return to the kiln sheds': 'Reuters via Brannock Herald · 2026-04-09' });

  // Renamed: every spelling and the merged outlet show the new name.
  await outlets.open();
  await outlets.rename('Brannock Herald', 'The Brannock Evening Herald');
  await expectCredits({
    'Kiln museum reopens in Brannock': 'The Brannock Evening Herald · 2026-04-02',
    'Brick kiln chimney gets a new crown': 'The Brannock Evening Herald · 2026-04-05',
    'Potters return to the kiln sheds': 'Reuters via The Brannock Evening Herald · 2026-04-09',
  });

  // The source filter takes the new name, or the merged outlet's, and finds the whole merged outlet.
  const source = page.getByRole('form', { name: 'Filters' }).getByRole('textbox', { name: 'Source' });
  const filterCount = async (name: string, count: string) => {
    await source.fill(name);
    await source.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /articles?$/ })).toHaveText(count);
  };
  await filterCount('The Brannock Evening Herald', '3 articles');
  await expect(page).toHaveURL(/source=The\+Brannock\+Evening\+Herald/);
  await filterCount('Tarn Valley Radio', '3 articles');
  await filterCount('Valley Radio', '0 articles');
});

import type { Locator, Page, TestInfo } from '@playwright/test';
import { Annotator } from './fixtures/annotations';
import { expect, fixture, test, type Workbench } from './fixtures/workbench';

// A long report (over the reader's virtualizing threshold), each paragraph different and with an
// attributed claim, so the text outgrows any screen and the claim tooltip has something to describe.
const PARAGRAPHS = 260;
const TEMPLATE =
  'Inspectors of the Lakeside Tramway Board said on Friday that tram depot {i} had failed {i} brake tests ' +
  'since March, and the repairs would cost about {i} thousand euros, according to the board.';
const LONG_TEXT = [
  'Title: Tram depot audit',
  ...Array.from({ length: PARAGRAPHS }, (_, i) => TEMPLATE.replaceAll('{i}', String(i))),
].join('\n\n');
const LATE_PARAGRAPH = `tram depot ${PARAGRAPHS - 1} had failed`;

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 800, height: 900 },
] as const;

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every ancestor of `target` (up to the document) that scrolls its own content: a box inside the page. */
function nestedScrollers(target: Locator): Promise<string[]> {
  return target.evaluate((el) => {
    const found: string[] = [];
    for (let n = el as Element | null; n && n !== document.documentElement && n !== document.body;) {
      const { overflowY } = getComputedStyle(n);
      if ((overflowY === 'auto' || overflowY === 'scroll') && n.scrollHeight > n.clientHeight + 1)
        found.push(`${n.tagName.toLowerCase()}.${n.className}`);
      n = n.parentElement;
    }
    return found;
  });
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const { width, height } = page.viewportSize()!;
  await testInfo.attach(`${name} ${width}x${height}`, {
    body: await page.screenshot(),
    contentType: 'image/png',
  });
}

/** The library's link to an article opens it at `/articles/<id>`: the id from its address. */
async function articleId(workbench: Workbench, title: string | RegExp): Promise<string> {
  const href = await workbench.table.getByRole('link', { name: title }).getAttribute('href');
  return href!.split('/').pop()!;
}

async function expectOnScreen(page: Page, target: Locator) {
  const box = (await target.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(box.y + box.height).toBeLessThanOrEqual(height);
}

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width}×${viewport.height}: one scrollbar, nothing covers the action reached for, the import status folds away`, async ({
    workbench,
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await workbench.open();
    // The import buttons are on screen, whatever the width.
    await expectOnScreen(page, page.getByRole('button', { name: 'Import files…' }));
    await workbench.drop([
      ...['seabed-wire.txt', 'seabed-scraped.txt', 'seabed-regional.txt'].map((name) => ({
        name,
        bytes: fixture(name),
      })),
      { name: 'tram-depot-audit.txt', bytes: Buffer.from(LONG_TEXT) },
    ]);
    await workbench.waitForImports(4);

    // A clean import leaves a one-line status in the header, not a panel over the page.
    const details = workbench.status.getByRole('button', { name: 'Details' });
    await expect(details).toHaveAttribute('aria-expanded', 'false');
    await expect(workbench.status).toContainText('4 imported');
    await expect(workbench.status.getByRole('list', { name: 'Files' })).toHaveCount(0);
    const header = (await page.locator('.shell-header').boundingBox())!;
    const folded = (await workbench.status.boundingBox())!;
    expect(folded.y + folded.height).toBeLessThanOrEqual(header.y + header.height);
    await attachScreenshot(page, testInfo, 'library');
    // The library fits the window's width: no sideways scrolling, every column's header on screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport.width,
    );
    await expectOnScreen(page, workbench.table.getByRole('columnheader', { name: 'Tags' }));
    // Every date is shown whole ("2024-02-28", not "2024-0…").
    const cut = await page
      .locator('.table-body .cell-date')
      .evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent));
    expect(cut).toEqual([]);

    // Reader: the page is the only scroller, and the long text is still virtualized.
    const wire = await articleId(workbench, /Cable Watch/);
    const scraped = await articleId(workbench, /share seabed patrol data/);
    const regional = await articleId(workbench, /watch undersea cables together/);
    await workbench.openArticle('Tram depot audit');
    const annotator = new Annotator(page);
    await annotator.waitForAnalysis();
    await expect(workbench.cleanText).toHaveAttribute('data-virtual', 'true');
    expect(await workbench.cleanText.locator('p').count()).toBeLessThan(PARAGRAPHS);
    expect(await nestedScrollers(workbench.cleanText.locator('p').first())).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);
    await attachScreenshot(page, testInfo, 'reader');

    // Scrolling the window brings the end of the text in.
    await expect
      .poll(async () => {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        return workbench.cleanText.getByText(LATE_PARAGRAPH).count();
      })
      .toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    // The list renders the top paragraphs again after the scroll, a frame or more later.
    await expect(workbench.cleanText.getByText('had failed 1 brake tests')).toHaveCount(1);

    // Words selected inside a claim, the pointer resting on it: the tooltip describes the claim, and the
    // Annotate button is still what a click at its centre reaches.
    await annotator.selectWithMouse('had failed 1 brake tests');
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    const annotate = page.getByRole('button', { name: /^Annotate/ });
    await expect(annotate).toBeVisible();
    const button = (await annotate.boundingBox())!;
    expect(overlaps((await tooltip.boundingBox())!, button)).toBe(false);
    const hit = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent ?? null,
      { x: button.x + button.width / 2, y: button.y + button.height / 2 },
    );
    expect(hit).toMatch(/^Annotate/);
    await attachScreenshot(page, testInfo, 'reader with tooltip');
    await annotate.click();
    await expect(annotator.editor).toBeVisible();
    await annotator.editor.getByRole('textbox', { name: /Note/ }).fill('Which tests?');
    await annotator.editor.getByRole('button', { name: 'Save' }).click();
    await expect(annotator.editor).toBeHidden();

    // A card in the annotation panel opens its annotation for editing.
    await annotator.item('had failed 1 brake tests').getByRole('button').click();
    await expect(annotator.editor).toBeVisible();
    await expect(annotator.editor.getByRole('textbox', { name: /Note/ })).toHaveValue('Which tests?');
    await annotator.editor.getByRole('button', { name: 'Cancel' }).click();

    // Compare: two text columns wide enough to read side by side.
    await page.goto(`/compare?ids=${wire},${scraped}`);
    const columnA = page.getByRole('list', { name: /^Article A:/ });
    await expect(columnA.getByRole('listitem').first()).toBeVisible();
    expect((await columnA.boundingBox())!.width).toBeGreaterThan(viewport.width * 0.4);
    expect(await nestedScrollers(columnA.getByRole('listitem').first())).toEqual([]);
    await attachScreenshot(page, testInfo, 'compare');

    // Matrix: the table starts on the first screen, and no panel is over it.
    await page.goto(`/compare?ids=${wire},${scraped},${regional}`);
    const matrix = page.getByRole('table');
    await expect(matrix).toBeVisible();
    expect((await matrix.boundingBox())!.y).toBeLessThan(viewport.height);
    expect(await nestedScrollers(matrix.locator('tbody tr').first())).toEqual([]);
    await attachScreenshot(page, testInfo, 'matrix');
  });
}

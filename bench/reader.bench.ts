import { expect, test, type Page } from '@playwright/test';
import { Annotator } from '../e2e/fixtures/annotations';
import { median } from './stats';
import { check, failIfMissed } from './targets';

// The reader on a generated ~1 MB article with ~14,000 entity highlights (and ~4,800 claims): time from an
// in-app navigation to the first screen of highlighted text, and the longest frame while scrolling to the
// end; baseline in the same run: the same article with every highlight layer switched off in the legend.
const RUNS = 5;

function benchText(): string {
  const names = ['Ruiz', 'Okoro', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Brennan', 'Novak', 'Silva'];
  const more = ['Kowalski', 'Dubois', 'Ferreira', 'Nakamura', 'Osei', 'Petrov', 'Quintero', 'Rahman'];
  const all = [...names, ...more];
  let text = 'Harbour authority report\n\n';
  for (let i = 0; text.length < 1_000_000; i++)
    text +=
      `Mayor Ana ${all[i % all.length]} of Port Elling met officials from the Northern Rail Authority on Monday in Calvera. ` +
      `The long meeting covered timetables, maintenance of the old bridges, the winter schedule and the question of ` +
      `who should pay for the new signals along the coastal line, which has been delayed for ${(i % 89) + 2} years now ` +
      `while passengers wait on cold platforms and complain about the lack of information at the ${(i % 97) + 1} small stations.\n\n`;
  return text;
}

/** Clicks the article's link in the library and returns ms until a frame shows `selector` in the text. */
async function timeOpen(page: Page, id: string, selector: string): Promise<number> {
  await page.goto('/');
  await page.locator(`a[href="/articles/${id}"]`).waitFor();
  return page.evaluate(
    ({ id, selector }) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        document.querySelector<HTMLAnchorElement>(`a[href="/articles/${id}"]`)!.click();
        const check = () => {
          if (document.querySelector(`[data-testid="clean-text"] ${selector}`))
            resolve(performance.now() - t0);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { id, selector },
  );
}

/** Scrolls the page to the end of the reader's text a screen per frame; returns the longest gap between frames. */
async function scrollToEnd(page: Page): Promise<{ worst: number; p95: number; steps: number }> {
  await page.getByTestId('clean-text').locator('p').first().waitFor();
  return page.evaluate(
    () =>
      new Promise<{ worst: number; p95: number; steps: number }>((resolve) => {
        const el = document.documentElement;
        let last = performance.now();
        let worst = 0;
        let steps = 0;
        const gaps: number[] = [];
        const step = (now: number) => {
          worst = Math.max(worst, now - last);
          gaps.push(now - last);
          last = now;
          if (el.scrollTop + el.clientHeight >= el.scrollHeight - 2 || steps > 5000) {
            gaps.sort((a, b) => a - b);
            return resolve({ worst, steps, p95: gaps[Math.floor(gaps.length * 0.95)] ?? 0 });
          }
          window.scrollBy(0, el.clientHeight * 0.9);
          steps++;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
}

test('reader: 1 MB article with ~14,000 highlights vs highlights off', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Import files…' }).waitFor();
  const text = benchText();
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'bench-report.txt', { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop'])
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, text);
  const link = page.getByRole('link', { name: 'Harbour authority report' });
  await link.waitFor();
  const id = (await link.getAttribute('href'))!.split('/').pop()!;
  // Wait for the background analysis to be saved: the reader shows the legend instead of "Analysing…".
  await page.goto(`/articles/${id}`);
  await expect(page.getByRole('group', { name: 'Highlights' })).toBeVisible({ timeout: 120_000 });
  const count = await page.getByTestId('clean-text').locator('[data-entity-type]').count();

  const lit: number[] = [];
  for (let i = 0; i < RUNS; i++) lit.push(await timeOpen(page, id, '[data-entity-type]'));
  const litScroll = await scrollToEnd(page);

  // Baseline: switch every layer off in the legend (kept in the store across in-app navigation).
  const legend = page.getByRole('group', { name: 'Highlights' });
  for (const box of await legend.getByRole('checkbox').all()) await box.uncheck();
  await expect(page.getByTestId('clean-text').locator('[data-entity-type]')).toHaveCount(0);
  const plain: number[] = [];
  for (let i = 0; i < RUNS; i++) plain.push(await timeOpen(page, id, 'p[data-start]'));
  const plainScroll = await scrollToEnd(page);

  const l = median(lit);
  const p = median(plain);
  console.log(
    `reader, ${(text.length / 1e6).toFixed(2)} MB article, ${count} highlighted pieces on the first screen`,
  );
  check(
    `navigation → first screen of highlighted text, median over ${RUNS}`,
    l,
    `${l.toFixed(0)} ms`,
    { max: 300 },
    ' ms',
  );
  console.log(`navigation → first screen, highlights off:     median ${p.toFixed(0)} ms over ${RUNS}`);
  console.log(`ratio highlighted / plain: ${(l / p).toFixed(2)}x`);
  console.log(
    `scroll to end a screen per frame (${litScroll.steps} screens): longest frame ${litScroll.worst.toFixed(0)} ms ` +
      `highlighted vs ${plainScroll.worst.toFixed(0)} ms plain; 95th percentile ${litScroll.p95.toFixed(0)} ms vs ` +
      `${plainScroll.p95.toFixed(0)} ms (ratio ${(litScroll.p95 / plainScroll.p95).toFixed(2)}x)`,
  );
  failIfMissed();
});

/** Imports `text` as `name` by a drop and waits until its analysis shows in the reader; returns the id. */
async function importAnalysed(page: Page, name: string, text: string, title: string): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import files…' }).waitFor();
  await page.evaluate(
    ({ t, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], name, { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop'])
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }),
        );
    },
    { t: text, name },
  );
  const link = page.getByRole('link', { name: title }).first();
  await link.waitFor({ timeout: 120_000 });
  const id = (await link.getAttribute('href'))!.split('/').pop()!;
  await page.goto(`/articles/${id}`);
  await expect(page.getByRole('group', { name: 'Highlights' })).toBeVisible({ timeout: 120_000 });
  return id;
}

/** The long-document flow, timed: open the reader, annotate the last words, reload until they show again. */
async function annotateAtEnd(
  page: Page,
  id: string,
): Promise<{ open: number; annotate: number; reload: number }> {
  const t0 = Date.now();
  await page.goto(`/articles/${id}`);
  await expect(page.getByRole('group', { name: 'Highlights' })).toBeVisible({ timeout: 60_000 });
  const open = Date.now() - t0;
  const text = page.getByTestId('clean-text');
  const t1 = Date.now();
  await new Annotator(page).scrollTextToEnd();
  // Select the last text piece of the last block, then annotate it from the keyboard.
  await text.evaluate((el) => {
    const blocks = el.querySelectorAll('p');
    const last = blocks[blocks.length - 1]!;
    const walker = document.createTreeWalker(last, NodeFilter.SHOW_TEXT);
    let node: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) node = n as Text;
    node!.parentElement!.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node!, 0);
    range.setEnd(node!, node!.data.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.keyboard.press('a');
  const editor = page.getByRole('dialog', { name: /Annotate/ });
  await editor.getByLabel('Note').fill('Benchmark note.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(text.locator('[data-annotation]').first()).toBeVisible();
  const annotate = Date.now() - t1;
  const t2 = Date.now();
  await page.reload();
  await expect(page.getByRole('group', { name: 'Highlights' })).toBeVisible({ timeout: 60_000 });
  await expect(
    page.getByRole('complementary', { name: 'Annotations' }).getByText('Benchmark note.'),
  ).toBeVisible();
  const reload = Date.now() - t2;
  return { open, annotate, reload };
}

test('reader: the same 1 MB in one paragraph vs in paragraphs; open, annotate at the end, reload', async ({
  page,
}) => {
  test.setTimeout(400_000);
  const paragraphs = benchText();
  const body = paragraphs.slice(paragraphs.indexOf('\n\n') + 2).trim();
  const single = `Harbour one-paragraph report\n\n${body.replaceAll('\n\n', ' ')}`;
  const many = await importAnalysed(page, 'bench-paragraphs.txt', paragraphs, 'Harbour authority report');
  const one = await importAnalysed(page, 'bench-one-paragraph.txt', single, 'Harbour one-paragraph report');
  const openMany: number[] = [];
  const openOne: number[] = [];
  for (let i = 0; i < 3; i++) {
    openMany.push(await timeOpen(page, many, '[data-entity-type]'));
    openOne.push(await timeOpen(page, one, '[data-entity-type]'));
  }
  const flowMany = await annotateAtEnd(page, many);
  const flowOne = await annotateAtEnd(page, one);
  const [m, o] = [median(openMany), median(openOne)];
  console.log(`one paragraph of ${(single.length / 1e6).toFixed(2)} MB vs the same text in paragraphs:`);
  console.log(
    `navigation → first highlighted screen: median ${o.toFixed(0)} ms vs ${m.toFixed(0)} ms (ratio ${(o / m).toFixed(2)}x)`,
  );
  for (const [name, f] of [
    ['paragraphs', flowMany],
    ['one paragraph', flowOne],
  ] as const)
    console.log(
      `long-document flow (${name}): open ${f.open} ms, scroll to end + annotate ${f.annotate} ms, reload until the note shows ${f.reload} ms`,
    );
});

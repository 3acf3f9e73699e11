// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeText } from '../../../core/analysis';
import { loadTestAnalysisModels } from '../../../lib/testing/analysis-models';
import type { Article } from '../../../core/model';
import { storeArticles } from '../../../db/article-repo';
import { db } from '../../../db/schema';
import { renderInApp } from '../../../lib/testing/render-in-app';
import { AnalysedText } from './analysed-text';

// A story written for this test.
const TEXT =
  'The regional water board raised its tariff by 9 percent on Thursday, its chair Ines Marlowe said.\n\n' +
  'The increase would hit small farms hardest.';
const ARTICLE: Article = {
  id: 'water-tariff',
  contentHash: 'hash-water-tariff',
  title: 'Water tariff rises',
  source: 'Valley Courier',
  date: '2025-05-08',
  url: null,
  format: 'txt',
  text: TEXT,
  originalText: TEXT,
  removed: [],
  fileName: 'water.txt',
  importedAt: 1,
  tags: [],
  wordCount: 26,
};
const models = await loadTestAnalysisModels();

beforeEach(async () => {
  await db.delete();
  await db.open();
  const analysis = { ...analyzeText(TEXT, models), articleId: ARTICLE.id, engineVersion: 1, analyzedAt: 1 };
  await storeArticles([ARTICLE], new Map([[ARTICLE.id, analysis]]));
});
afterEach(cleanup);

/** Selects `words` in the rendered article text, as a drag of the mouse would. */
function select(words: string) {
  const text = screen.getByTestId('clean-text');
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    act(() => {
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    return;
  }
  throw new Error(`"${words}" is not in one text node`);
}

/** Renders the reader's text and waits for its analysis to be painted (which renders the text anew). */
async function renderReader() {
  renderInApp(<AnalysedText article={ARTICLE} />, `/articles/${ARTICLE.id}`);
  await screen.findByText(/small farms/);
  await waitFor(() => expect(screen.queryByText('Analysing…')).toBeNull());
}

const panel = () => screen.getByRole('list', { name: 'Annotations in text order' });
const editor = (name: string) => screen.findByRole('dialog', { name });

describe('annotation layer', () => {
  it('annotates a selection with a note and a new label, edits it, deletes it and undoes the delete', async () => {
    const user = userEvent.setup();
    await renderReader();

    select('hit small farms hardest');
    await user.click(await screen.findByRole('button', { name: /Annotate/ }));
    const create = await editor('Annotate');
    expect(within(create).getByText('hit small farms hardest')).toBeTruthy();
    await user.type(within(create).getByLabelText('Note'), 'Which farms? Ask the board.');
    await user.type(within(create).getByLabelText('New label name'), 'Unsourced');
    await user.click(within(create).getByRole('button', { name: 'Add label' }));
    await waitFor(() =>
      expect(within(create).getByRole('radio', { name: 'Unsourced' })).toHaveProperty('checked', true),
    );
    await user.click(within(create).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(within(panel()).getByText('Which farms? Ask the board.')).toBeTruthy());
    const mark = () => screen.getByTestId('clean-text').querySelector<HTMLElement>('.annotation');
    expect(mark()?.textContent).toBe('hit small farms hardest');
    const [stored] = await db.annotations.toArray();
    // The workbench starts with its own labels beside the one made here.
    const label = (await db.labels.toArray()).find((l) => l.name === 'Unsourced');
    expect(label).toBeDefined();
    expect(mark()?.dataset.label).toBe(label?.id);
    expect(stored?.target.position).toMatchObject({ start: TEXT.indexOf('hit small'), end: TEXT.length - 1 });

    // Clicking the highlight opens the stored annotation.
    await user.click(mark()!);
    const edit = await editor('Edit annotation');
    expect((within(edit).getByLabelText('Note') as HTMLTextAreaElement).value).toBe(
      'Which farms? Ask the board.',
    );
    await user.clear(within(edit).getByLabelText('Note'));
    await user.type(within(edit).getByLabelText('Note'), 'The board lists 40 farms.');
    await user.click(within(edit).getByRole('radio', { name: 'No label' }));
    await user.click(within(edit).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(panel()).getByText('The board lists 40 farms.')).toBeTruthy());
    expect((await db.annotations.toArray())[0]).toMatchObject({
      note: 'The board lists 40 farms.',
      label: null,
    });

    await user.click(mark()!);
    await user.click(within(await editor('Edit annotation')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(mark()).toBeNull());
    expect(await db.annotations.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(mark()?.textContent).toBe('hit small farms hardest'));
    expect(within(panel()).getByText('The board lists 40 farms.')).toBeTruthy();
  });

  it('annotates from the keyboard and undoes with ctrl+z', async () => {
    const user = userEvent.setup();
    await renderReader();

    select('raised its tariff');
    await user.keyboard('a');
    const create = await editor('Annotate');
    await user.type(within(create).getByLabelText('Note'), 'Check the board minutes.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(within(panel()).getByText('Check the board minutes.')).toBeTruthy());

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(screen.queryByText('Check the board minutes.')).toBeNull());
    expect(await db.annotations.count()).toBe(0);
  });
});

describe('entity panel', () => {
  it('lists a date and a number in the words of the text, a name by its name', async () => {
    await renderReader();
    const panel = await screen.findByRole('navigation', { name: 'Entities in this article' });
    const dates = within(panel).getByRole('region', { name: 'Dates' });
    expect(within(dates).getByRole('button').textContent).toMatch(/^Thursday ×1$/);
    const numbers = within(panel).getByRole('region', { name: 'Numbers' });
    expect(within(numbers).getByRole('button').textContent).toMatch(/^9 percent ×1$/);
    expect(within(panel).getByRole('button', { name: /Ines Marlowe/ })).toBeTruthy();
  });
});

// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyzeText } from '../../../core/analysis';
import type { Analysis } from '../../../core/model';
import { storeArticles } from '../../../db/article-repo';
import { db } from '../../../db/schema';
import { makeArticle } from '../../../db/test-articles';
import { loadTestAnalysisModels } from '../../../lib/testing/analysis-models';
import { renderInApp } from '../../../lib/testing/render-in-app';
import { SpeakersPage } from './speakers-page';

afterEach(cleanup);

// One story told twice, the mayor named in full in the first and by surname alone in the second, and a
// story of its own in a third article.
const TEXTS = [
  'The Darnytsia bridge will reopen in May, Mayor Olena Kovalenko said on Monday. "We are ready," Kovalenko said. The repairs cost 310 million hryvnias, according to the Kyiv city council.',
  'The Darnytsia bridge will reopen in May, Kovalenko told reporters on Monday. "Two lanes will open first," she said.',
  'The ferry to Hel will run twice a day from June, the port authority said.',
];

let analyses: Analysis[] = [];
beforeAll(async () => {
  const models = await loadTestAnalysisModels();
  analyses = TEXTS.map((text, i) => ({
    ...analyzeText(text, models),
    articleId: `article-${i + 1}`,
    engineVersion: 1,
    analyzedAt: 1,
  }));
});

beforeEach(async () => {
  await db.delete();
  await db.open();
  await storeArticles(
    TEXTS.map((text, i) =>
      makeArticle(i + 1, { text, source: ['Dnipro Wire', 'Left Bank Courier', 'Baltic Post'][i] }),
    ),
    new Map(analyses.map((a) => [a.articleId, a])),
  );
});

// The first call loads the jobs worker's handlers in this thread, which takes longer than findBy's second.
const findTable = () => screen.findByRole('table', {}, { timeout: 15_000 });

/** The table's rows by their header cell (the speaker) and the cells after it. */
async function rows(): Promise<string[][]> {
  const table = await findTable();
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

describe('speakers page', () => {
  it('lists the whole library at /speakers: one row per person however spelled, names as written', async () => {
    renderInApp(<SpeakersPage />, '/speakers');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Speakers');
    expect(await rows()).toEqual([
      ['Olena Kovalenko', 'person', '4', '2'],
      ['Kyiv city council', 'organisation', '1', '1'],
      ['port authority', 'organisation', '1', '1'],
    ]);
    expect(screen.getByRole('link', { name: 'Olena Kovalenko' }).getAttribute('href')).toBe(
      '/entities/PERSON/Olena%20Kovalenko',
    );
  });

  it("lists a story's speakers per article at /speakers?ids=", async () => {
    renderInApp(<SpeakersPage />, '/speakers?ids=article-1,article-2');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Speakers in this story');
    expect(screen.getByRole('link', { name: 'Speakers in the whole library' }).getAttribute('href')).toBe(
      '/speakers',
    );
    const table = await screen.findByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Speaker', 'Kind', 'Dnipro Wire', 'Left Bank Courier']);
    expect(await rows()).toEqual([
      ['Olena Kovalenko', 'person', '2', '2'],
      ['Kyiv city council', 'organisation', '1 only here', '–'],
    ]);
  });

  it('says the articles are gone when none of the story is stored any more', async () => {
    renderInApp(<SpeakersPage />, '/speakers?ids=deleted-a,deleted-b');
    expect(await screen.findByText(/None of these articles is in the library any more/)).toBeTruthy();
    expect(screen.queryByText(/quotes or cites anyone/)).toBeNull();
  });
});

// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeText } from '../../../core/analysis';
import { compareArticles } from '../../../core/compare';
import type { Article } from '../../../core/model';
import { makeArticle } from '../../../db/test-articles';
import { loadTestAnalysisModels } from '../../../lib/testing/analysis-models';
import { renderInApp } from '../../../lib/testing/render-in-app';
import { buildCompareRows } from '../build-rows';
import { CompareSummary } from './compare-summary';

afterEach(cleanup);

const models = await loadTestAnalysisModels();

// Two versions of a flood report, written for this test, whose tallies differ in every paragraph.
const report = (shift: number) =>
  Array.from(
    { length: 26 },
    (_, k) =>
      `Volunteers in Velmora district ${k + 1} filled ${40 + k * 3 + shift} sandbags on Tuesday, the county said.`,
  ).join('\n\n');

const article = (id: string, text: string): Article =>
  makeArticle(0, { id, contentHash: `hash-${id}`, title: `Flood report ${id}`, text, originalText: text });

const [a, b] = [article('a', report(0)), article('b', report(5))];
const comparison = compareArticles(
  { id: 'a', text: a.text, analysis: analyzeText(a.text, models) },
  { id: 'b', text: b.text, analysis: analyzeText(b.text, models) },
);
const rows = buildCompareRows(comparison);
const total = comparison.summary.counts.conflicts + comparison.summary.counts.differences;

describe('compare summary', () => {
  it('lists the first 20 discrepancies and the rest on demand', async () => {
    const onJump = vi.fn();
    renderInApp(
      <CompareSummary
        a={a}
        b={b}
        comparison={comparison}
        rows={rows}
        entities={{ onlyA: [], onlyB: [] }}
        onJump={onJump}
      />,
    );
    expect(total).toBeGreaterThan(20);
    const list = screen.getByRole('navigation', { name: 'Discrepancies' });
    expect(within(list).getAllByRole('link')).toHaveLength(20);
    await userEvent.click(within(list).getByRole('button', { name: `Show all ${total} discrepancies` }));
    expect(within(list).getAllByRole('link')).toHaveLength(total);
    await userEvent.click(within(list).getAllByRole('link')[total - 1]!);
    expect(onJump).toHaveBeenCalledWith(rows.length - 1);
    await userEvent.click(within(list).getByRole('button', { name: 'Show the first 20 only' }));
    expect(within(list).getAllByRole('link')).toHaveLength(20);
  });
});

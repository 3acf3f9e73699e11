// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeRange } from '../../../core/anchor';
import { analyzeText } from '../../../core/analysis';
import { loadTestAnalysisModels } from '../../../lib/testing/analysis-models';
import { compareArticles } from '../../../core/compare';
import type { Analysis, Annotation, Article } from '../../../core/model';
import { renderInApp } from '../../../lib/testing/render-in-app';
import { planAlsoIn } from '../also-in';
import { buildCompareRows } from '../build-rows';
import { CompareColumns } from './compare-columns';

afterEach(cleanup);

// Two outlets' versions of one event, written for this test.
const A = [
  'Rescuers reached 12 miners trapped in the Harrow Creek colliery on Sunday, the regional fire service said.',
  'The miners had been underground for two days after a tunnel collapsed.',
  'Union leader Dana Okafor called for an inquiry into the ventilation system.',
].join('\n\n');
const B = [
  'Rescuers reached 14 miners trapped in the Harrow Creek colliery on Sunday, the regional fire service said.',
  'The miners had been underground for two days after a tunnel collapsed.',
  'Families waited at the pit gate through the night.',
].join('\n\n');

const models = await loadTestAnalysisModels();

function side(id: string, title: string, text: string): { article: Article; analysis: Analysis } {
  const article: Article = {
    id,
    contentHash: `hash-${id}`,
    title,
    source: null,
    date: '2025-02-09',
    url: null,
    format: 'txt',
    text,
    originalText: text,
    removed: [],
    fileName: `${id}.txt`,
    importedAt: 1,
    tags: [],
    wordCount: text.split(/\s+/).length,
  };
  const analysis = { ...analyzeText(text, models), articleId: id, engineVersion: 1, analyzedAt: 1 };
  return { article, analysis };
}

const a = side('a', 'Twelve miners reached', A);
const b = side('b', 'Fourteen miners reached', B);
const comparison = compareArticles({ ...a.article, ...a }, { ...b.article, ...b });
const rows = buildCompareRows(comparison);

function renderColumns(notes?: Readonly<{ a: Annotation[]; b: Annotation[] }>, onCopy = vi.fn()) {
  const withLabels = notes && { ...notes, labels: [] };
  const plan = notes ? planAlsoIn(rows, notes, { a: A, b: B }) : new Map();
  renderInApp(
    <CompareColumns
      articles={[a.article, b.article]}
      analyses={[a.analysis, b.analysis]}
      rows={rows}
      notes={withLabels}
      plan={plan}
      onCopy={onCopy}
    />,
  );
  return onCopy;
}

const column = (name: RegExp) => screen.getByRole('list', { name });
// The rows are the column's list items; a row's own lists (discrepancies, notes) are not rows.
const rowsOf = (name: RegExp) => [...column(name).querySelectorAll<HTMLElement>('[data-row]')];

describe('compare columns', () => {
  it('shows each article in its column, row beside row', () => {
    renderColumns();
    const left = rowsOf(/Article A: Twelve miners reached/);
    const right = rowsOf(/Article B: Fourteen miners reached/);
    expect(left).toHaveLength(rows.length);
    expect(right).toHaveLength(rows.length);
    expect(left[1]!.textContent).toContain('underground for two days');
    expect(right[1]!.textContent).toContain('underground for two days');
  });

  it('marks a sentence only one article has, leaving the other side empty', () => {
    renderColumns();
    const left = rowsOf(/Article A/);
    const right = rowsOf(/Article B/);
    const union = left.findIndex((r) => r.textContent?.includes('Dana Okafor'));
    expect(left[union]!.textContent).toContain('Only in A');
    expect(right[union]!.textContent).toContain('Not in B');
    const families = right.findIndex((r) => r.textContent?.includes('pit gate'));
    expect(right[families]!.textContent).toContain('Only in B');
    expect(left[families]!.textContent).toContain('Not in A');
  });

  it('shows where the versions disagree, with both numbers', () => {
    renderColumns();
    const [first] = rowsOf(/Article A/);
    expect(first!.querySelector('.row-discrepancies')?.textContent).toMatch(
      /Number conflict: A “12 miners” · B “14 miners”/,
    );
    expect(within(first!).getByText('12').closest('del, mark')).toBeTruthy();
    expect(
      within(rowsOf(/Article B/)[0]!)
        .getByText('14')
        .closest('ins, mark'),
    ).toBeTruthy();
  });

  it('offers to carry an annotation over to the aligned sentence of the other article', async () => {
    const start = A.indexOf('underground');
    const note: Annotation = {
      id: 'n1',
      articleId: 'a',
      target: describeRange(A, start, start + 'underground for two days'.length),
      note: 'confirm the duration',
      label: null,
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    };
    const onCopy = renderColumns({ a: [note], b: [] });
    const row = rowsOf(/Article A/)[1]!;
    expect(within(row).getByText('confirm the duration')).toBeTruthy();
    await userEvent.setup().click(within(row).getByRole('button', { name: /Also in B/ }));
    expect(onCopy).toHaveBeenCalledWith(expect.objectContaining({ annotation: note, side: 'a' }));
    expect(document.activeElement).toBe(row);
  });

  it('turns the highlights of names off and on', async () => {
    renderColumns();
    const user = userEvent.setup();
    const names = () => column(/Article A/).querySelectorAll('.cmp-entity-person');
    expect(names().length).toBeGreaterThan(0);
    await user.click(screen.getByRole('checkbox', { name: 'Highlight names and claims' }));
    expect(names()).toHaveLength(0);
  });
});

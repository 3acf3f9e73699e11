import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from '../analysis';
import { compareArticles } from '../compare';
import { exportComparisonMarkdown } from './comparison-markdown';
import { makeArticle } from './test-fixtures';

const models = await loadAnalysisModels();

const A = [
  'The Kestrel Valley dam inspection found 14 cracks in the spillway, the water board said on Monday.',
  'Residents of Fenwick were told to keep emergency kits ready.',
  'The board | chair praised the engineers.',
].join('\n\n');
const B = [
  'The Kestrel Valley dam inspection found 19 cracks in the spillway, the water board said on Monday.',
  'The board | chair praised the engineers.',
  'A public meeting is planned for Thursday.',
].join('\n\n');

const a = makeArticle('a', A, { title: 'Dam cracks *found*', source: 'Valley Post' });
const b = makeArticle('b', B, { title: 'Spillway worry', source: 'Fenwick Courier' });
const comparison = compareArticles(
  { id: 'a', text: A, analysis: analyzeText(A, models) },
  { id: 'b', text: B, analysis: analyzeText(B, models) },
);
const md = exportComparisonMarkdown(a, b, comparison);
const section = (name: string) => md.split('\n## ').find((s) => s.startsWith(name)) ?? '';

describe('exportComparisonMarkdown', () => {
  it('names both articles with escaped titles and summarises the overlap', () => {
    expect(md).toContain('- **A:** Dam cracks \\*found\\* (Valley Post, 2031-04-02)');
    expect(md).toContain('- **B:** Spillway worry (Fenwick Courier');
    expect(md).toMatch(/Shared: \d+% of A, \d+% of B/);
  });

  it('puts the conflicting number side by side with what differs', () => {
    const rows = section('Discrepant facts')
      .split('\n')
      .filter((l) => l.startsWith('| ') && l.includes('dam'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('found 14 cracks');
    expect(rows[0]).toContain('found 19 cracks');
    expect(rows[0]).toContain('conflict');
  });

  it('lists shared facts with table pipes escaped, and what only one side reports', () => {
    expect(section('Shared facts')).toContain('The board \\| chair praised the engineers.');
    expect(section('Only in A')).toContain('- Residents of Fenwick were told to keep emergency kits ready.');
    expect(section('Only in B')).toContain('- A public meeting is planned for Thursday.');
  });
});

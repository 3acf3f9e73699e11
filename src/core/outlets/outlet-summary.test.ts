import { describe, expect, it } from 'vitest';
import type { CoverageCell, CoverageMatrix } from '../model';
import { buildOutletDirectory } from './outlet-directory';
import { findMissingFacts, summarizeOutlets } from './outlet-summary';

const articles = [
  { id: 'a', source: 'Ridge Times', date: '2030-05-02' },
  { id: 'b', source: '@ridgetimes', date: '2030-04-28T09:30:00Z' },
  { id: 'c', source: 'ridgetimes.com', date: null },
  { id: 'd', source: 'Port Ledger', date: '2030-05-01' },
  { id: 'e', source: null, date: '2030-05-01' },
];

describe('summarizeOutlets', () => {
  it('counts each outlet once across its spellings, with its days, undated articles and stories', () => {
    const dir = buildOutletDirectory(
      articles.map((a) => a.source),
      [],
    );
    const stories = [
      ['a', 'd'],
      ['b', 'c'],
      ['e', 'x'],
    ];
    expect(summarizeOutlets(articles, dir, stories)).toEqual([
      {
        key: 'ridgetimes',
        name: 'Ridge Times',
        spellings: ['Ridge Times', 'ridgetimes', 'ridgetimes.com'],
        articleIds: ['a', 'b', 'c'],
        first: '2030-04-28',
        last: '2030-05-02',
        undated: 1,
        stories: [0, 1],
      },
      {
        key: 'portledger',
        name: 'Port Ledger',
        spellings: ['Port Ledger'],
        articleIds: ['d'],
        first: '2030-05-01',
        last: '2030-05-01',
        undated: 0,
        stories: [0],
      },
    ]);
  });
});

const cell = (kind: CoverageCell['kind'], start = 0, end = 0): CoverageCell => ({
  spans: kind === 'absent' ? [] : [[start, end]],
  kind,
  discrepancies: 0,
  found: [],
});

describe('findMissingFacts', () => {
  const matrix: CoverageMatrix = {
    articles: ['a', 'b', 'd'],
    rows: [
      { cells: [cell('same', 0, 10), cell('same', 0, 12), cell('reworded', 0, 9)] },
      { cells: [cell('absent'), cell('absent'), cell('same', 10, 40)] },
      { cells: [cell('absent'), cell('same', 13, 30), cell('reworded', 50, 70)] },
      { cells: [cell('same', 11, 20), cell('absent'), cell('absent')] },
    ],
  };

  it('lists the facts none of the outlet’s articles carries, by the first article that does', () => {
    expect(findMissingFacts(matrix, new Set(['a', 'b']))).toEqual([
      { articleId: 'd', start: 10, end: 40, carriedBy: ['d'] },
    ]);
    expect(findMissingFacts(matrix, new Set(['d']))).toEqual([
      { articleId: 'a', start: 11, end: 20, carriedBy: ['a'] },
    ]);
  });

  it('finds nothing for an outlet with no article in the story', () => {
    expect(findMissingFacts(matrix, new Set(['z']))).toEqual([]);
  });
});

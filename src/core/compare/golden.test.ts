import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnalysisModels } from '../analysis';
import { evaluateCase, type CaseResult } from './evaluate-case';
import { scoreCounts, type Counts, type GoldCase } from './evaluate';

const models = await loadAnalysisModels();

const root = path.resolve(__dirname, '../../../test-data/compare');
// The held-out cases are scored by `npm run eval` alone: a floor here would be a target to tune against.
const results = new Map<string, CaseResult>(
  readdirSync(root).flatMap((name) => {
    const read = (f: string) => readFileSync(path.join(root, name, f), 'utf8');
    const gold = JSON.parse(read('expected.json')) as GoldCase;
    if (gold.split === 'held-out') return [];
    return [[name, evaluateCase(read('a.txt'), read('b.txt'), gold, models)] as const];
  }),
);
const total = (pick: (r: CaseResult) => Counts) =>
  [...results.values()].map(pick).reduce((x, y) => ({ tp: x.tp + y.tp, fp: x.fp + y.fp, fn: x.fn + y.fn }));

describe('golden alignment cases (test-data/compare)', () => {
  it('has at least eight cases', () => {
    expect(results.size).toBeGreaterThanOrEqual(8);
  });

  it('aligns sentence pairs with F1 above the floor and above the best-match baseline', () => {
    const mine = scoreCounts(total((r) => r.aligner));
    const base = scoreCounts(total((r) => r.baseline));
    // 0.98 before `mine-rescue` came in: the aligner misses three of its seven pairs (a 2:1 pair, a rebuttal in
    // other words, a market figure inside a longer sentence) and makes one false pair. The floor guards against a
    // fall from here; the held-out cases are scored by `npm run eval`, never held to a floor tuned against.
    expect(mine.f1).toBeGreaterThanOrEqual(0.93);
    expect(mine.f1).toBeGreaterThan(base.f1);
  });

  it('pairs nothing between two articles on different events', () => {
    expect(results.get('unrelated')!.pairCount).toBe(0);
  });

  it('marks reordered paragraphs as moved', () => {
    const moved = [...results.values()].reduce((n, r) => n + r.moved.found, 0);
    const expected = [...results.values()].reduce((n, r) => n + r.moved.total, 0);
    expect(moved).toBe(expected);
  });

  it('finds the number and modality discrepancies of the gold cases', () => {
    expect(results.get('numbers')!.discrepancies).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(results.get('tense-modality')!.discrepancies).toMatchObject({ tp: 4, fn: 0 });
    expect(scoreCounts(total((r) => r.discrepancies)).recall).toBeGreaterThanOrEqual(0.5);
  });
});

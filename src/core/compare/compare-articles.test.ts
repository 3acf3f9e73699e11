import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from '../analysis';
import { alignmentInput } from './alignment-input';
import { compareArticles } from './compare-articles';

const models = await loadAnalysisModels();

const side = (id: string, text: string) => ({ id, text, analysis: analyzeText(text, models) });

const A = [
  'The harbour authority of Lune Bay closed the northern pier on Sunday after a crane collapsed.',
  'Nobody was hurt, the authority said.',
  'Repairs to the crane will take about three weeks.',
].join('\n\n');

describe('compareArticles', () => {
  it('pairs identical sentences as same and gives offsets into each text', () => {
    const b = `A short note first.\n\n${A}`;
    const c = compareArticles(side('a', A), side('b', b));
    expect(c.pairs.map((p) => p.kind)).toEqual(['same', 'same', 'same']);
    for (const p of c.pairs) expect(A.slice(...p.a)).toBe(b.slice(...p.b));
    expect(c.onlyB.map((s) => b.slice(...s))).toEqual(['A short note first.']);
    expect(c.summary.sharedRatioA).toBe(1);
    expect(c.summary.sharedRatioB).toBe(0.75);
  });

  it('flags a person named in both, spelled two ways, once, with both spellings; a short form is no variant', () => {
    const a =
      'Harbour master Jonas Wielgosz said the pier would reopen in a month. Wielgosz did not say why.';
    const b =
      'Harbour master Jonas Wielgocz said the pier would reopen in a month. Wielgosz did not say why.';
    const names = compareArticles(side('a', a), side('b', b))
      .pairs.flatMap((p) => p.discrepancies)
      .filter((d) => d.kind === 'name');
    expect(names.map((d) => [d.message, d.a?.text, d.b?.text])).toEqual([
      ['Name spelled differently: "Jonas Wielgosz" vs "Jonas Wielgocz"', 'Jonas Wielgosz', 'Jonas Wielgocz'],
    ]);
  });

  it('flags the same words given to two different people as a speaker conflict, not two names', () => {
    const a =
      '"The yard needs welders more than it needs subsidies," Transport Minister Elena Varga told reporters.';
    const b =
      '"The yard needs welders more than it needs subsidies," Deputy Transport Minister Piotr Nowak told reporters.';
    const found = compareArticles(side('a', a), side('b', b)).pairs.flatMap((p) => p.discrepancies);
    expect(found.map((d) => [d.kind, d.severity, d.a?.text, d.b?.text])).toEqual([
      ['attribution', 'conflict', 'Elena Varga', 'Piotr Nowak'],
    ]);
    // The same person by surname is no change.
    const c = a.replace('Transport Minister Elena Varga', 'Varga');
    const same = compareArticles(
      side('a', `Elena Varga runs the ministry. ${a}`),
      side('c', `Elena Varga runs the ministry. ${c}`),
    );
    expect(same.pairs.flatMap((p) => p.discrepancies).filter((d) => d.kind === 'attribution')).toEqual([]);
  });

  it('gives a reworded pair a word diff and flags a changed number as a conflict', () => {
    const b = A.replace('about three weeks', 'about five weeks').replace(
      'Nobody was hurt',
      'No one was injured',
    );
    const c = compareArticles(side('a', A), side('b', b));
    const last = c.pairs.find((p) => A.slice(...p.a).startsWith('Repairs'))!;
    expect(last.kind).toBe('reworded');
    expect(last.diff).toContainEqual({ kind: 'removed', text: 'three' });
    expect(last.diff).toContainEqual({ kind: 'added', text: 'five' });
    expect(last.discrepancies).toHaveLength(1);
    expect(last.discrepancies[0]).toMatchObject({ kind: 'number', severity: 'conflict' });
    expect(A.slice(last.discrepancies[0]!.a!.start, last.discrepancies[0]!.a!.end)).toContain('three');
  });

  it('pairs a sentence sourced "according to" someone, so a changed amount in it is a conflict', () => {
    const a = `${A}\n\nDamage is put at 4.5 million euros, according to the Lune Bay Chamber of Commerce.`;
    const b = a.replace('4.5 million', '6 million');
    const c = compareArticles(side('a', a), side('b', b));
    expect(c.onlyA).toEqual([]);
    const damage = c.pairs.find((p) => a.slice(...p.a).startsWith('Damage'))!;
    expect(damage.discrepancies).toContainEqual(
      expect.objectContaining({ kind: 'number', severity: 'conflict' }),
    );
  });

  it('reports no attribution change when both sides name the same source, and one when the source goes', () => {
    const a =
      'A union official, Marta Quell, said the cranes at the north quay had not been inspected since May.';
    const same =
      'Union leader Marta Quell said the cranes at the north quay had not been inspected since May.';
    const unnamed = 'A union source said the cranes at the north quay had not been inspected since May.';
    const kinds = (b: string) =>
      compareArticles(side('a', a), side('b', b)).pairs.flatMap((p) => p.discrepancies.map((d) => d.kind));
    expect(kinds(same)).toEqual([]);
    expect(kinds(unnamed)).toContain('attribution');
  });

  it('survives a JSON round trip unchanged (plain data)', () => {
    const c = compareArticles(side('a', A), side('b', A.split('\n\n').reverse().join('\n\n')));
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    expect(c.pairs.some((p) => p.moved)).toBe(true);
  });

  it('returns nothing shared for empty input', () => {
    const c = compareArticles(side('a', ''), side('b', A));
    expect(c.pairs).toEqual([]);
    expect(c.summary.sharedRatioA).toBe(0);
  });

  it('aligns the trimmed input sent to its worker exactly as the whole analysis', () => {
    const b = [
      'Repairs to the crane will take about five weeks, the Lune Bay harbour authority said on Monday.',
      '"Nobody was hurt," said harbour master Ines Okoro, who is believed to have ordered the closure.',
      'The northern pier of Lune Bay was closed on Sunday after a crane collapsed.',
    ].join('\n\n');
    const [x, y] = [side('a', A), side('b', b)];
    expect(x.analysis.claims.some((c) => c.numbers.length > 0)).toBe(true);
    expect(y.analysis.quotes.length).toBeGreaterThan(0);
    const whole = compareArticles(x, y);
    expect(whole.pairs.some((p) => p.discrepancies.length > 0)).toBe(true);
    expect(compareArticles(alignmentInput(x), alignmentInput(y))).toEqual(whole);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from '../../core/analysis';
import { compareArticles } from '../../core/compare';
import { buildCompareRows } from './build-rows';
import { listOneSidedEntities } from './one-sided-entities';
import { markDiff } from './side-marks';

const models = await loadAnalysisModels();

const A = [
  'Flood barriers on the Wend river were raised on Friday night, the city council said.',
  'About 300 homes in Lowgate were evacuated as a precaution.',
  'Mayor Petra Hollis thanked the volunteers who filled sandbags.',
].join('\n\n');

const B = [
  'Heavy rain is expected to continue until Monday.',
  'Flood barriers on the Wend river were raised on Friday night, the city council said.',
  'About 350 homes in Lowgate were evacuated as a precaution.',
  'Engineers from the Environment Agency inspected the barriers.',
].join('\n\n');

const side = (id: string, text: string) => ({ id, text, analysis: analyzeText(text, models) });
const sa = side('a', A);
const sb = side('b', B);
const comparison = compareArticles(sa, sb);

describe('buildCompareRows', () => {
  it('reads both articles top to bottom with one-side sentences where they stand', () => {
    const rows = buildCompareRows(comparison);
    const label = (r: (typeof rows)[number]) =>
      r.kind === 'pair'
        ? `${r.pair.kind}: ${A.slice(...r.pair.a).slice(0, 12)}`
        : `${r.kind}: ${(r.kind === 'onlyA' ? A : B).slice(...r.span).slice(0, 12)}`;
    expect(rows.map(label)).toEqual([
      'onlyB: Heavy rain i',
      'same: Flood barrie',
      'reworded: About 300 ho',
      'onlyA: Mayor Petra ',
      'onlyB: Engineers fr',
    ]);
  });
});

describe('markDiff', () => {
  const changed = comparison.pairs.find((p) => p.kind === 'reworded')!;

  it('marks the removed number on A and the added number on B at their offsets', () => {
    const a = markDiff(changed, 'a', A);
    const b = markDiff(changed, 'b', B);
    expect(a.map((m) => A.slice(m.start, m.end))).toEqual(['300']);
    expect(b.map((m) => B.slice(m.start, m.end))).toEqual(['350']);
  });

  it('gives no marks rather than wrong ones when the diff does not spell the text', () => {
    expect(markDiff(changed, 'a', A.replace('About', 'Around'))).toEqual([]);
  });
});

describe('listOneSidedEntities', () => {
  it('lists names only one article mentions', () => {
    const names = listOneSidedEntities(sa.analysis, sb.analysis);
    expect(names.onlyA.join(' ')).toContain('Hollis');
    expect(names.onlyB.join(' ')).toContain('Environment Agency');
    expect([...names.onlyA, ...names.onlyB].join(' ')).not.toContain('Lowgate');
  });
});

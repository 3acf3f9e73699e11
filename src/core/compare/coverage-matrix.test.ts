import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from '../analysis';
import { buildCoverageMatrix } from './coverage-matrix';

const models = await loadAnalysisModels();

const side = (id: string, text: string) => ({ id, text, analysis: analyzeText(text, models) });

const S1 = 'The Orla dam burst after a week of heavy rain in the hill district of Pemma.';
const S2 = 'Water flooded 300 homes in the valley below the dam.';
const S3 = 'The army sent boats and helicopters to rescue stranded families.';
const S4 = 'Engineers had warned about cracks in the dam wall in 2021.';

describe('buildCoverageMatrix', () => {
  it('makes one row per fact with a cell per article, absent where an article lacks it', () => {
    const m = buildCoverageMatrix([
      side('x', [S1, S2, S3].join('\n\n')),
      side('y', [S1, S2.replace('300', '310'), S4].join('\n\n')),
      side('z', [S3, S1].join('\n\n')),
    ]);
    expect(m.articles).toEqual(['x', 'y', 'z']);
    expect(m.rows).toHaveLength(4);
    expect(m.rows[0]!.cells.map((c) => c.kind)).toEqual(['same', 'same', 'same']);
    expect(m.rows[1]!.cells.map((c) => c.kind)).toEqual(['same', 'reworded', 'absent']);
    expect(m.rows[1]!.cells[1]!.discrepancies).toBe(1);
    expect(m.rows[2]!.cells.map((c) => c.kind)).toEqual(['same', 'absent', 'same']);
    expect(m.rows[3]!.cells.map((c) => c.kind)).toEqual(['absent', 'same', 'absent']);
  });
});

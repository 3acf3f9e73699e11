import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from './index';

const models = await loadAnalysisModels();

const text = [
  'Union Home Secretary Priya Lal met officials of the Federal Bureau of Investigation (FBI) in the U.S. on Monday.',
  'Lal said the FBI had shared records on more than 50 suspects, sources said.',
  'Officials in the United States are believed to have "nothing to hide," Lal told reporters.',
].join('\n');

describe('analyzeText', () => {
  const result = analyzeText(text, models);
  const byText = (t: string) => result.entities.filter((e) => e.text === t);

  it('types names without their titles and resolves aliases to one canonical form', () => {
    expect(byText('Priya Lal')[0]).toMatchObject({ type: 'PERSON', canonical: 'Priya Lal' });
    expect(byText('Lal').map((e) => e.canonical)).toEqual(['Priya Lal', 'Priya Lal']);
    expect(byText('FBI').every((e) => e.canonical === 'Federal Bureau of Investigation')).toBe(true);
    expect(byText('U.S.')[0]?.canonical).toBe('United States');
    expect(byText('United States')[0]?.canonical).toBe('United States');
  });

  it('reports attribution, hedges, quotes and numbers for each claim', () => {
    const [, second, third] = result.claims;
    expect(second?.attribution).toMatchObject({ kind: 'anonymous', text: 'said' });
    expect(second?.speaker?.text).toBe('sources');
    expect(second?.numbers[0]).toMatchObject({ value: 50, qualifier: 'more-than' });
    expect(third?.hedge).toBe('are believed to');
    expect(third?.quotes[0]?.speaker?.canonical).toBe('Priya Lal');
  });

  it('returns the same analysis for the same text', () => {
    expect(analyzeText(text, models)).toEqual(result);
  });
});

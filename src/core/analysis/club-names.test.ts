import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from './index';

const models = await loadAnalysisModels();

describe('clubs named after their town', () => {
  it('are organisations, "and" joining a town’s two names, a title left out', () => {
    const text =
      'Kettering Harriers beat Dunmore Athletic 2-0, and Selby and Wold Albion drew with Portree Rovers. ' +
      'Former Dunmore Athletic striker Ian Boyd scored.';
    const orgs = analyzeText(text, models)
      .entities.filter((e) => e.type === 'ORG')
      .map((e) => e.text);
    expect(orgs).toEqual([
      'Kettering Harriers',
      'Dunmore Athletic',
      'Selby and Wold Albion',
      'Portree Rovers',
      'Dunmore Athletic',
    ]);
  });

  it('leave names that only hold such a word alone', () => {
    const text = 'The Anguilla United Front won seats, and the United States Congress met.';
    const orgs = analyzeText(text, models).entities.map((e) => `${e.type}:${e.text}`);
    expect(orgs).not.toContain('ORG:Anguilla United');
  });
});

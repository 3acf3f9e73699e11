import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from './index';

const models = await loadAnalysisModels();

const names = (text: string) =>
  analyzeText(text, models)
    .entities.filter((e) => e.type !== 'DATE' && e.type !== 'NUMBER')
    .map((e) => `${e.type} ${e.text}`);

describe('words capitalised only at a sentence start', () => {
  it('are no names when the article writes them in lower case elsewhere', () => {
    const text =
      'Survivors told state radio that the bus overturned on a bend. Medics treated 40 survivors at the scene.';
    expect(names(text)).toEqual([]);
    // The claim's source is a group of people, not an organisation.
    const claim = analyzeText(text, models).claims.find((c) => c.start === 0);
    expect(claim?.speaker?.text).toBe('Survivors');
    expect(claim?.attribution?.kind).not.toBe('organisation');
  });

  it('stay names when the article also capitalises them inside a sentence', () => {
    expect(names('The board is chaired by Ana Bishop. Bishop said the local bishop would attend.')).toEqual([
      'PERSON Ana Bishop',
      'PERSON Bishop',
    ]);
  });
});

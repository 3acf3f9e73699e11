import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from './index';

const models = await loadAnalysisModels();

/** "TYPE text" for each entity of `text`, in order. */
function entitiesOf(text: string): string[] {
  return analyzeText(text, models).entities.map((e) => `${e.type} ${e.text}`);
}

describe('entity typing', () => {
  it('reads two places joined by a hyphen as two places, never as a person', () => {
    expect(entitiesOf('The last France-Japan maritime dialogue was held in Lyon.')).toEqual([
      'PLACE France',
      'PLACE Japan',
      'PLACE Lyon',
    ]);
    // The ordinal and "Annual" before the pair are not a name either.
    expect(
      entitiesOf(
        'A statement issued after the Sixth Annual France-Japan 2+2 Dialogue said the talks went well.',
      ),
    ).toEqual(['PLACE France', 'PLACE Japan', 'NUMBER 2', 'NUMBER 2']);
  });

  it('keeps a dotted abbreviation inside a hyphenated name whole', () => {
    const found = entitiesOf(
      'Ministers agreed to convene the 12th Meeting of the India-U.S. Joint Working Group on Maritime Security soon.',
    );
    expect(found).toEqual(['ORG India-U.S. Joint Working Group on Maritime Security']);
  });

  it('types the place an office holder serves as a place, and stops a name before "on Monday"', () => {
    expect(
      entitiesOf(
        'Mayor Ana Ruiz of Port Elling met officials from the Northern Rail Authority on Monday in Calvera for meeting 12, and the talks are believed to have cost 12 million euros, sources said.',
      ),
    ).toEqual([
      'PERSON Ana Ruiz',
      'PLACE Port Elling',
      'ORG Northern Rail Authority',
      'DATE Monday',
      'PLACE Calvera',
      'NUMBER 12',
      'NUMBER 12 million euros',
    ]);
  });

  it('types an unknown name after "<office title> <name> of" as a place, or an ORG when it has a cue', () => {
    expect(
      entitiesOf('Governor Tom Hale of Westmark spoke to Senator Lena Brandt of the Harbour Council.'),
    ).toEqual(['PERSON Tom Hale', 'PLACE Westmark', 'PERSON Lena Brandt', 'ORG Harbour Council']);
    expect(entitiesOf('President Lena Ostrova of Dalmere Vale thanked the Ministry of Defence.')).toEqual([
      'PERSON Lena Ostrova',
      'PLACE Dalmere Vale',
      'ORG Ministry of Defence',
    ]);
  });

  it('types names that start with a place word or end in one as places, unless a title makes them a person', () => {
    expect(
      entitiesOf(
        'Aid reached Fort Dunmore, Mount Ossa, St. Orin Island and Varra City, where Actress Lake Bell lives.',
      ),
    ).toEqual([
      'PLACE Fort Dunmore',
      'PLACE Mount Ossa',
      'PLACE St. Orin Island',
      'PLACE Varra City',
      'PERSON Lake Bell',
    ]);
    expect(entitiesOf('Residents of Saint Albray celebrated New Year with Cape Morrow fishermen.')).toEqual([
      'PLACE Saint Albray',
      'PLACE Cape Morrow',
    ]);
  });

  it('keeps connectors inside organisation names but ends them before a weekday or month', () => {
    expect(
      entitiesOf(
        'The Council on Foreign Relations and the Bank of England met the Port Authority of New York on Tuesday.',
      ),
    ).toEqual([
      'ORG Council on Foreign Relations',
      'ORG Bank of England',
      'ORG Port Authority of New York',
      'DATE Tuesday',
    ]);
    expect(
      entitiesOf('Officials of the Kestrel Water Board of Directors met the Federation of Unions in March.'),
    ).toEqual(['ORG Kestrel Water Board of Directors', 'ORG Federation of Unions', 'DATE March']);
  });
});

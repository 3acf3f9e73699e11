import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../model';
import { linkEntities, relinkEntities } from './link-entities';

// Each article is written as its mentions: [text, type, canonical within the article].
type Said = readonly [text: string, type: EntityType, canonical?: string];

const article = (...said: Said[]): Entity[] =>
  said.map(([text, type, canonical], i) => ({
    start: i * 100,
    end: i * 100 + text.length,
    type,
    text,
    canonical: canonical ?? text,
  }));

/** The library canonical of every mention, article by article. */
function linked(...articles: Entity[][]): string[][] {
  const links = linkEntities(articles);
  return articles.map((entities) => relinkEntities(entities, links).map((e) => e.canonical));
}

describe('linkEntities', () => {
  it('gives an acronym the expansion another article spells out beside it', () => {
    // "Trellis Power Cooperative (TPC) cut rates" … "TPC said on Monday"
    const defining = article(
      ['Trellis Power Cooperative', 'ORG'],
      ['TPC', 'ORG', 'Trellis Power Cooperative'],
      ['Greyhaven', 'PLACE'],
    );
    const bare = article(['TPC', 'ORG'], ['Greyhaven', 'PLACE']);
    expect(linked(defining, bare)).toEqual([
      ['Trellis Power Cooperative', 'Trellis Power Cooperative', 'Greyhaven'],
      ['Trellis Power Cooperative', 'Greyhaven'],
    ]);
  });

  it('leaves a bare acronym alone when the only article defining it shares nothing with its own', () => {
    // "Al Nour Capital (ANC)" in a piece on a Gulf fund; "the ANC" in a piece on South African politics.
    const fund = article(
      ['Al Nour Capital', 'ORG'],
      ['ANC', 'ORG', 'Al Nour Capital'],
      ['Dubai', 'PLACE'],
      ['Hessa Al Marri', 'PERSON'],
    );
    const politics = article(['ANC', 'ORG'], ['Johannesburg', 'PLACE'], ['Thabo Nkosi', 'PERSON']);
    expect(linked(fund, politics)[1]).toEqual(['ANC', 'Johannesburg', 'Thabo Nkosi']);
    // A name both pieces hold ties them (the manager's surname is enough); so does one story set.
    const follow = article(['ANC', 'ORG'], ['Al Marri', 'PERSON']);
    expect(linked(fund, follow)[1]![0]).toBe('Al Nour Capital');
    const links = linkEntities([fund, politics], ['fund deal', 'fund deal']);
    expect(relinkEntities(politics, links, 'fund deal')[0]!.canonical).toBe('Al Nour Capital');
  });

  it('does not count a name most articles hold as a tie', () => {
    // Every piece names "Geneva"; only the defining one spells out the acronym.
    const geneva = (...said: Said[]) => article(['Geneva', 'PLACE'], ...said);
    const others = Array.from({ length: 8 }, (_, i) => geneva([`Speaker ${'ABCDEFGH'[i]}ordan`, 'PERSON']));
    const defining = geneva(['Lake Shore Trust', 'ORG'], ['LST', 'ORG', 'Lake Shore Trust']);
    const bare = geneva(['LST', 'ORG']);
    expect(linked(defining, bare, ...others)[1]).toEqual(['Geneva', 'LST']);
  });

  it('reads an acronym as the initials of the one organisation that has them', () => {
    const longForm = article(['Northern Grain Exchange', 'ORG'], ['Ilse Varga', 'PERSON']);
    const short = article(['NGE', 'ORG'], ['N.G.E.', 'ORG'], ['Varga', 'PERSON']);
    expect(linked(longForm, short)).toEqual([
      ['Northern Grain Exchange', 'Ilse Varga'],
      ['Northern Grain Exchange', 'Northern Grain Exchange', 'Ilse Varga'],
    ]);
    // Not in an article that shares no one with the name's.
    expect(linked(longForm, article(['NGE', 'ORG']))[1]).toEqual(['NGE']);
  });

  it('skips connectors when reading initials ("Bureau of Coastal Mapping" is BCM)', () => {
    const shore = ['Kelp Point', 'PLACE'] as const;
    expect(
      linked(article(['Bureau of Coastal Mapping', 'ORG'], shore), article(['BCM', 'ORG'], shore))[1],
    ).toEqual(['Bureau of Coastal Mapping', 'Kelp Point']);
  });

  it('links an acronym to its expansion even when one article typed the expansion wrongly', () => {
    const mistyped = article(['Coral Bay Telecom', 'PERSON'], ['Gil Esper', 'PERSON']);
    const short = article(['CBT', 'ORG'], ['Gil Esper', 'PERSON']);
    const links = linkEntities([mistyped, short]);
    expect(relinkEntities(short, links).map((e) => [e.type, e.canonical])).toEqual([
      ['PERSON', 'Coral Bay Telecom'],
      ['PERSON', 'Gil Esper'],
    ]);
    // Two letters are not read as a person's initials.
    expect(linked(short, article(['GE', 'ORG'], ['Gil Esper', 'PERSON']))[1]).toEqual(['GE', 'Gil Esper']);
  });

  it('leaves an acronym alone when two organisations share its initials', () => {
    const two = article(['Pacific Rail Authority', 'ORG'], ['Port Reform Alliance', 'ORG']);
    expect(linked(two, article(['PRA', 'ORG']))[1]).toEqual(['PRA']);
  });

  it('joins a surname to the one full name the library has with it', () => {
    const full = article(['Marisol Keane', 'PERSON'], ['Keane', 'PERSON', 'Marisol Keane']);
    const later = article(['Keane', 'PERSON']);
    expect(linked(full, later)).toEqual([['Marisol Keane', 'Marisol Keane'], ['Marisol Keane']]);
  });

  it('with story sets, joins a surname to the one full name of its own story', () => {
    // Two stories: a mayor called Orr in one, a coach called Orr in the other, each later "Orr".
    const articles = [
      article(['Dana Orr', 'PERSON']),
      article(['Orr', 'PERSON']),
      article(['Sam Orr', 'PERSON']),
      article(['Orr', 'PERSON']),
      article(['Orr', 'PERSON']),
    ];
    const sets = ['council vote', 'council vote', 'cup final', 'cup final', 'unrelated'];
    const links = linkEntities(articles, sets);
    expect(
      articles.map((entities, i) => relinkEntities(entities, links, sets[i]).map((e) => e.canonical)),
    ).toEqual([
      ['Dana Orr'],
      ['Dana Orr'],
      ['Sam Orr'],
      ['Sam Orr'],
      // A story with no full name keeps the surname as it is.
      ['Orr'],
    ]);
    // Without sets the library has two full names ending in "Orr": the surname stays apart.
    expect(linked(...articles).map((names) => names[0])).toEqual([
      'Dana Orr',
      'Orr',
      'Sam Orr',
      'Orr',
      'Orr',
    ]);
  });

  it('keeps a surname apart when two full names end with it', () => {
    const sisters = article(['Ida Brandt', 'PERSON'], ['Nora Brandt', 'PERSON']);
    expect(linked(sisters, article(['Brandt', 'PERSON']))[1]).toEqual(['Brandt']);
  });

  it('treats a middle initial and a particle surname as the same person', () => {
    const a = article(['Tomas R. Lindqvist', 'PERSON'], ['Helga van der Berg', 'PERSON']);
    const b = article(['Tomas Lindqvist', 'PERSON'], ['van der Berg', 'PERSON']);
    const [first, second] = linked(a, b);
    expect(second![0]).toBe(first![0]);
    expect(second![1]).toBe('Helga van der Berg');
  });

  it('drops the legal form of a company ("Corp.", "Inc", "S.A.", "PLC")', () => {
    const a = article(
      ['Holloway Freight Corp.', 'ORG'],
      ['Ventra S.A.', 'ORG'],
      ['Kestrel Mills PLC', 'ORG'],
    );
    const b = article(['Holloway Freight', 'ORG'], ['Ventra', 'ORG'], ['Kestrel Mills', 'ORG']);
    const c = article(['Holloway Freight, Inc.', 'ORG']);
    expect(linked(a, b, c)).toEqual([
      ['Holloway Freight', 'Ventra', 'Kestrel Mills'],
      ['Holloway Freight', 'Ventra', 'Kestrel Mills'],
      ['Holloway Freight'],
    ]);
  });

  it('ignores case and accents ("ZEPHYRNET" / "Zephyrnet", "Bogotá" / "Bogota")', () => {
    const a = article(['ZEPHYRNET', 'ORG'], ['Bogotá', 'PLACE']);
    const b = article(['Zephyrnet', 'ORG'], ['Bogota', 'PLACE'], ['Bogotá', 'PLACE']);
    const [first, second] = linked(a, b);
    expect(first).toEqual(['Zephyrnet', 'Bogotá']);
    expect(second).toEqual(['Zephyrnet', 'Bogotá', 'Bogotá']);
  });

  it('spells out the well-known abbreviations (U.S., US, UK, UN, EU)', () => {
    const a = article(['U.S.', 'PLACE'], ['UK', 'PLACE'], ['U.N.', 'ORG'], ['EU', 'ORG']);
    const b = article(['United States', 'PLACE'], ['United Kingdom', 'PLACE'], ['United Nations', 'ORG']);
    const c = article(['US', 'PLACE'], ['European Union', 'ORG']);
    expect(linked(a, b, c)).toEqual([
      ['United States', 'United Kingdom', 'United Nations', 'European Union'],
      ['United States', 'United Kingdom', 'United Nations'],
      ['United States', 'European Union'],
    ]);
  });

  it('links only within a type and leaves dates and numbers alone', () => {
    const a = article(['Marlow', 'PLACE'], ['Ellis Marlow', 'PERSON'], ['12 May', 'DATE', '12 may']);
    expect(linked(a, article(['Marlow', 'PLACE']))).toEqual([
      ['Marlow', 'Ellis Marlow', '12 may'],
      ['Marlow'],
    ]);
  });

  it('gives the same answer whatever the order of the articles', () => {
    const a = article(['Quill Aerospace Inc.', 'ORG'], ['Rosa Delgado', 'PERSON']);
    const b = article(['QUILL AEROSPACE', 'ORG'], ['Delgado', 'PERSON']);
    const c = article(['Quill Aerospace', 'ORG']);
    const forward = linked(a, b, c);
    const backward = linked(c, b, a).reverse();
    expect(backward).toEqual(forward);
    expect(forward[1]).toEqual(['Quill Aerospace', 'Rosa Delgado']);
  });
});

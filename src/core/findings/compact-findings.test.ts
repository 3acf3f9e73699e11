import { describe, expect, it } from 'vitest';
import type { Claim, Entity } from '../model';
import { compactFindings } from './compact-findings';
import { claimSource, claimsIn, claimTip, countByType, entitiesIn, entityCovering } from './find-in-range';

const TEXT = 'Mira Okafor told the Tarn Ferry Company in Lisbon that Okafor would sail on 3 May.';
const mention = (words: string, type: Entity['type'], canonical = words, from = 0): Entity => {
  const start = TEXT.indexOf(words, from);
  return { start, end: start + words.length, type, text: words, canonical };
};
const entities: Entity[] = [
  mention('Lisbon', 'PLACE'),
  mention('Mira Okafor', 'PERSON'),
  mention('Okafor', 'PERSON', 'Mira Okafor', 20),
  mention('Tarn Ferry Company', 'ORG'),
  mention('3 May', 'DATE'),
];
const claim = (start: number, end: number, extra: Partial<Claim> = {}): Claim => ({
  start,
  end,
  score: 0.5,
  attribution: null,
  speaker: null,
  hedge: null,
  quotes: [],
  numbers: [],
  ...extra,
});

describe('compactFindings', () => {
  it('keeps every entity, sorted by start, with its type and canonical name', () => {
    const f = compactFindings({ entities, claims: [], corrected: new Map() });
    const all = entitiesIn(f.entities, 0, TEXT.length).map((i) => [
      TEXT.slice(f.entities.start[i], f.entities.end[i]),
      f.names[f.entities.name[i]!],
    ]);
    expect(all).toEqual([
      ['Mira Okafor', 'Mira Okafor'],
      ['Tarn Ferry Company', 'Tarn Ferry Company'],
      ['Lisbon', 'Lisbon'],
      ['Okafor', 'Mira Okafor'],
      ['3 May', '3 May'],
    ]);
    expect(countByType(f.entities)).toEqual([2, 1, 1, 0, 1, 0]);
  });

  it('finds only what overlaps a range, also a long finding that started before it', () => {
    const long = claim(0, TEXT.length);
    const short = claim(21, 39);
    const f = compactFindings({ entities, claims: [long, short], corrected: new Map() });
    const start = TEXT.indexOf('Lisbon');
    expect(entitiesIn(f.entities, start, start + 3).map((i) => f.entities.start[i])).toEqual([start]);
    expect(claimsIn(f.claims, start, start + 3)).toEqual([0]);
    expect(claimsIn(f.claims, 25, 26)).toEqual([0, 1]);
    expect(entitiesIn(f.entities, 11, 12)).toEqual([]);
    expect(entityCovering(f, TEXT.indexOf('Okafor would'), TEXT)).toEqual(entities[2]);
    expect(entityCovering(f, 11, TEXT)).toBeNull();
  });

  it('groups mentions by name and type, most mentioned first, each group in text order', () => {
    const f = compactFindings({ entities, claims: [], corrected: new Map() });
    const people = [...f.groups.byType[0]!];
    expect(people.map((g) => [f.names[f.groups.name[g]!], f.groups.count[g]])).toEqual([['Mira Okafor', 2]]);
    const g = people[0]!;
    const starts = [0, 1].map((k) => f.entities.start[f.groups.mentions[f.groups.first[g]! + k]!]);
    expect(starts).toEqual([0, TEXT.indexOf('Okafor would')]);
  });

  it('says which mentions the analyst corrected and how, and what each claim tooltip shows', () => {
    const said = claim(0, TEXT.length, {
      score: 0.91,
      attribution: { start: 12, end: 16, kind: 'person', text: 'told' },
      speaker: { start: 0, end: 11, text: 'she', canonical: 'Mira Okafor' },
      hedge: 'would',
    });
    const f = compactFindings({
      entities,
      claims: [said],
      corrected: new Map([[`${entities[0]!.start}:${entities[0]!.end}`, 'retype']]),
    });
    const lisbon = entitiesIn(f.entities, entities[0]!.start, entities[0]!.end)[0]!;
    expect(f.entities.corrected[lisbon]).toBe(2);
    expect(f.entities.corrected[0]).toBe(0);
    expect(claimTip(f.claims, 0)).toEqual({
      speaker: 'she (Mira Okafor)',
      cue: 'told',
      hedge: 'would',
      quotes: 0,
    });
    expect(claimSource(f.claims, 0)).toBe('person');
    expect(f.claims.score[0]).toBe(0.91);
  });
});

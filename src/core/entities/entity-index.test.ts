import { describe, expect, it } from 'vitest';
import type { Analysis, Correction, Entity } from '../model';
import { buildEntityIndex } from './entity-index';

const ent = (start: number, text: string, type: Entity['type'], canonical = text): Entity => ({
  start,
  end: start + text.length,
  text,
  type,
  canonical,
});
const analysis = (articleId: string, entities: Entity[]): Analysis => ({
  articleId,
  entities,
  claims: [],
  quotes: [],
  sentences: [],
  engineVersion: 1,
  analyzedAt: 0,
});

describe('buildEntityIndex', () => {
  const analyses = [
    analysis('a1', [
      ent(0, 'Ana Ruiz', 'PERSON'),
      ent(20, 'Ruiz', 'PERSON', 'Ana Ruiz'),
      ent(40, 'Oslo', 'PLACE'),
    ]),
    analysis('a2', [ent(5, 'Ana Ruiz', 'PERSON'), ent(30, 'Acme', 'PERSON')]),
  ];

  it('counts mentions and articles per canonical entity, most mentioned first', () => {
    const index = buildEntityIndex(analyses, []);
    expect(index[0]).toEqual({
      type: 'PERSON',
      canonical: 'Ana Ruiz',
      mentions: 3,
      articleIds: ['a1', 'a2'],
      aliases: ['Ana Ruiz'],
      // How a mention was written where it is no alias: the filter finds the entity by it too.
      spellings: ['Ruiz'],
      label: 'Ana Ruiz',
    });
    expect(index.map((e) => e.canonical)).toEqual(['Ana Ruiz', 'Acme', 'Oslo']);
  });

  it('applies the analyst corrections and skips deleted articles', () => {
    const retype: Correction = {
      id: 'c1',
      articleId: 'a2',
      target: 'entity',
      start: 30,
      end: 34,
      text: 'Acme',
      action: { kind: 'retype', type: 'ORG' },
      createdAt: 1,
    };
    const index = buildEntityIndex(analyses, [retype], new Set(['a2']));
    expect(index).toEqual([
      {
        type: 'ORG',
        canonical: 'Acme',
        mentions: 1,
        articleIds: ['a2'],
        aliases: ['Acme'],
        spellings: [],
        label: 'Acme',
      },
      {
        type: 'PERSON',
        canonical: 'Ana Ruiz',
        mentions: 1,
        articleIds: ['a2'],
        aliases: ['Ana Ruiz'],
        spellings: [],
        label: 'Ana Ruiz',
      },
    ]);
  });

  it('lists one entry for an entity two articles name differently, with both names as aliases', () => {
    const index = buildEntityIndex(
      [
        analysis('b1', [
          ent(0, 'Harbor Light Utilities', 'ORG'),
          ent(40, 'HLU', 'ORG', 'Harbor Light Utilities'),
        ]),
        analysis('b2', [ent(7, 'HLU', 'ORG'), ent(50, 'Ruiz', 'PERSON')]),
        analysis('b3', [ent(3, 'Harbor Light Utilities Inc.', 'ORG'), ent(60, 'Ana Ruiz', 'PERSON')]),
      ],
      [],
    );
    expect(index.find((e) => e.type === 'ORG')).toEqual({
      type: 'ORG',
      canonical: 'Harbor Light Utilities',
      mentions: 4,
      articleIds: ['b1', 'b2', 'b3'],
      aliases: ['Harbor Light Utilities', 'HLU', 'Harbor Light Utilities Inc.'],
      spellings: [],
      label: 'Harbor Light Utilities',
    });
    expect(index.find((e) => e.type === 'PERSON')?.articleIds).toEqual(['b2', 'b3']);
  });

  it('applies a library-wide correction made in one article to every article', () => {
    const wide: Correction = {
      id: 'w',
      articleId: 'c1',
      target: 'entity',
      start: 0,
      end: 6,
      text: 'Marlow',
      action: { kind: 'retype', type: 'PLACE' },
      createdAt: 1,
      scope: 'library',
    };
    const index = buildEntityIndex(
      [analysis('c1', [ent(0, 'Marlow', 'PERSON')]), analysis('c2', [ent(9, 'Marlow', 'PERSON')])],
      [wide],
    );
    expect(index).toEqual([
      {
        type: 'PLACE',
        canonical: 'Marlow',
        mentions: 2,
        articleIds: ['c1', 'c2'],
        aliases: ['Marlow'],
        spellings: [],
        label: 'Marlow',
      },
    ]);
  });

  it('with the library’s stories, counts a surname under the one full name of its own story', () => {
    const library = [
      analysis('s1', [ent(0, 'Lena Voss', 'PERSON')]),
      analysis('s2', [ent(0, 'Voss', 'PERSON')]),
      analysis('t1', [ent(0, 'Piet Voss', 'PERSON')]),
      analysis('t2', [ent(0, 'Voss', 'PERSON')]),
    ];
    const stories = [
      ['s1', 's2'],
      ['t1', 't2'],
    ];
    const byName = (index: ReturnType<typeof buildEntityIndex>) =>
      Object.fromEntries(index.map((e) => [e.canonical, [e.articleIds, e.aliases]]));
    expect(byName(buildEntityIndex(library, [], undefined, stories))).toEqual({
      'Lena Voss': [
        ['s1', 's2'],
        ['Lena Voss', 'Voss'],
      ],
      'Piet Voss': [
        ['t1', 't2'],
        ['Piet Voss', 'Voss'],
      ],
    });
    // Over the whole library two full names end in "Voss": the surname stays an entity of its own.
    expect(byName(buildEntityIndex(library, []))['Voss']).toEqual([['s2', 't2'], ['Voss']]);
  });
});

describe('entity labels', () => {
  it('calls a number or date by the words most of its mentions use, a name by its canonical form', () => {
    const mention = (start: number, text: string, type: Entity['type'], canonical: string): Entity => ({
      start,
      end: start + text.length,
      type,
      text,
      canonical,
    });
    const index = buildEntityIndex(
      [
        analysis('n1', [
          mention(0, 'over 300 jobs', 'NUMBER', 'more-than 300'),
          mention(30, 'March 6, 2025', 'DATE', 'march 6, 2025'),
          mention(45, 'Thursday', 'DATE', 'thursday'),
          mention(60, 'two', 'NUMBER', '2'),
          mention(70, 'Kestrel Labs', 'ORG', 'Kestrel Labs'),
        ]),
        analysis('n2', [
          mention(0, 'more than 300', 'NUMBER', 'more-than 300'),
          mention(20, 'more than 300', 'NUMBER', 'more-than 300'),
        ]),
      ],
      [],
    );
    const labelOf = (canonical: string) => index.find((e) => e.canonical === canonical)?.label;
    expect(labelOf('more-than 300')).toBe('more than 300');
    expect(labelOf('march 6, 2025')).toBe('March 6, 2025');
    // A weekday or a small count is another fact in each article: not one entity of the library.
    expect(labelOf('thursday')).toBeUndefined();
    expect(labelOf('2')).toBeUndefined();
    expect(labelOf('Kestrel Labs')).toBe('Kestrel Labs');
  });
});

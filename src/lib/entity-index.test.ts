import { describe, expect, it } from 'vitest';
import type { Analysis, Correction, Entity } from '../core/model';
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
      { type: 'ORG', canonical: 'Acme', mentions: 1, articleIds: ['a2'] },
      { type: 'PERSON', canonical: 'Ana Ruiz', mentions: 1, articleIds: ['a2'] },
    ]);
  });
});

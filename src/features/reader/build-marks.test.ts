import { describe, expect, it } from 'vitest';
import type { Claim, Entity } from '../../core/model';
import { buildReaderMarks } from './build-marks';

const entities: Entity[] = [
  { start: 0, end: 8, type: 'PERSON', text: 'Ana Ruiz', canonical: 'Ana Ruiz' },
  { start: 12, end: 16, type: 'PLACE', text: 'Oslo', canonical: 'Oslo' },
];
const claims: Claim[] = [
  {
    start: 0,
    end: 30,
    score: 0.8,
    attribution: null,
    speaker: null,
    hedge: 'reportedly',
    quotes: [],
    numbers: [],
  },
];

describe('buildReaderMarks', () => {
  it('marks entities by type and claims by strength, hedged claims distinguishable', () => {
    const marks = buildReaderMarks(entities, claims, new Set(), false, null);
    expect(marks.map((m) => [m.kind, m.className, m.data])).toEqual([
      ['claim', 'claim claim-strong claim-hedged', { claim: '0', strength: 'strong' }],
      ['entity', 'entity entity-person', { 'entity-type': 'PERSON', entity: 'Ana Ruiz' }],
      ['entity', 'entity entity-place', { 'entity-type': 'PLACE', entity: 'Oslo' }],
    ]);
  });

  it('leaves out the claims the filter does not show', () => {
    const marks = buildReaderMarks(
      entities,
      claims,
      new Set(),
      false,
      null,
      new Map(),
      (c) => c.hedge === null,
    );
    expect(marks.some((m) => m.kind === 'claim')).toBe(false);
  });

  it('leaves out hidden types and hidden claims, and adds the emphasised mention', () => {
    const marks = buildReaderMarks(entities, claims, new Set(['PERSON'] as const), true, {
      start: 12,
      end: 16,
    });
    expect(marks.map((m) => [m.kind, m.start])).toEqual([
      ['entity', 12],
      ['focus', 12],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { compactFindings } from '../../core/findings';
import type { Claim, Entity } from '../../core/model';
import { countShownClaims, readerMarksIn, type FindingsView } from './build-marks';
import { DEFAULT_CLAIM_FILTER } from './claim-filter';

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
const findings = compactFindings({
  entities,
  claims,
  corrected: new Map([['12:16', 'confirm']]),
});
const view: FindingsView = { hiddenTypes: new Set(), claimsHidden: false, claimFilter: DEFAULT_CLAIM_FILTER };

describe('readerMarksIn', () => {
  it('marks entities by type and claims by strength, hedged claims and corrections distinguishable', () => {
    const marks = readerMarksIn(findings, 0, 30, view);
    expect(marks.map((m) => [m.kind, m.className, m.data])).toEqual([
      ['claim', 'claim claim-strong claim-hedged', { claim: '0', strength: 'strong' }],
      ['entity', 'entity entity-person', { 'entity-type': 'PERSON', entity: 'Ana Ruiz' }],
      [
        'entity',
        'entity entity-place entity-corrected',
        { 'entity-type': 'PLACE', entity: 'Oslo', corrected: 'confirmed' },
      ],
    ]);
  });

  it('builds only the marks of the asked range', () => {
    expect(readerMarksIn(findings, 9, 12, view).map((m) => m.kind)).toEqual(['claim']);
    expect(readerMarksIn(findings, 30, 40, view)).toEqual([]);
  });

  it('leaves out the claims the filter does not show, hidden types and hidden claims', () => {
    const unhedged = { ...view, claimFilter: { ...DEFAULT_CLAIM_FILTER, hedge: 'unhedged' as const } };
    expect(readerMarksIn(findings, 0, 30, unhedged).some((m) => m.kind === 'claim')).toBe(false);
    expect(countShownClaims(findings.claims, unhedged.claimFilter)).toBe(0);
    expect(countShownClaims(findings.claims, view.claimFilter)).toBe(1);
    const hidden = { ...view, hiddenTypes: new Set(['PERSON'] as const), claimsHidden: true };
    expect(readerMarksIn(findings, 0, 30, hidden).map((m) => [m.kind, m.start])).toEqual([['entity', 12]]);
  });
});

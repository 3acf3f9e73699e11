import { describe, expect, it } from 'vitest';
import { CLAIM_THRESHOLDS } from '../../core/analysis/claim-strength';
import { DEFAULT_CLAIM_FILTER, isClaimShown, type ClaimFacts } from './claim-filter';

const claim = (score: number, source: 'person' | 'anonymous' | null, hedged = false): ClaimFacts => ({
  score,
  source,
  hedged,
});
const { likely, strong } = CLAIM_THRESHOLDS;
const weak = claim(likely / 2, null);
const fair = claim((likely + strong) / 2, 'anonymous', true);
const firm = claim(Math.min(1, strong + 0.01), 'person');

describe('isClaimShown', () => {
  it('shows likely checkable claims by default, every statement or only strong ones on request', () => {
    const shown = (level: 'all' | 'likely' | 'strong') =>
      [weak, fair, firm].filter((c) => isClaimShown(c, { ...DEFAULT_CLAIM_FILTER, level }));
    expect(shown('likely')).toEqual([fair, firm]);
    expect(shown('all')).toEqual([weak, fair, firm]);
    expect(shown('strong')).toEqual([firm]);
  });

  it('filters by source kind and by hedging', () => {
    const all = { ...DEFAULT_CLAIM_FILTER, level: 'all' } as const;
    const pick = (f: Partial<typeof all>) =>
      [weak, fair, firm].filter((c) => isClaimShown(c, { ...all, ...f }));
    expect(pick({ source: 'anonymous' })).toEqual([fair]);
    expect(pick({ source: 'named' })).toEqual([firm]);
    expect(pick({ source: 'none' })).toEqual([weak]);
    expect(pick({ hedge: 'hedged' })).toEqual([fair]);
    expect(pick({ hedge: 'unhedged' })).toEqual([weak, firm]);
  });
});

import { claimStrength } from '../../core/analysis/claim-strength';
import type { AttributionKind } from '../../core/model';

/** How check-worthy a claim must be to show: every statement, likely checkable ones, or only strong ones. */
export type ClaimLevel = 'all' | 'likely' | 'strong';
/** Which sources to show: named (a person, organisation or outlet), official, anonymous, or unattributed. */
export type SourceFilter = 'any' | 'named' | 'official' | 'anonymous' | 'none';
export type HedgeFilter = 'any' | 'hedged' | 'unhedged';

export type ClaimFilter = Readonly<{ level: ClaimLevel; source: SourceFilter; hedge: HedgeFilter }>;

export const DEFAULT_CLAIM_FILTER: ClaimFilter = { level: 'likely', source: 'any', hedge: 'any' };

/** What the filter looks at in a claim: its score, the kind of source it names (null: none), its hedging. */
export type ClaimFacts = Readonly<{ score: number; source: AttributionKind | null; hedged: boolean }>;

function sourceOf(claim: ClaimFacts): Exclude<SourceFilter, 'any'> {
  const kind = claim.source;
  if (!kind) return 'none';
  return kind === 'official' || kind === 'anonymous' ? kind : 'named';
}

/** Whether the reader shows `claim` under `filter`. */
export function isClaimShown(claim: ClaimFacts, filter: ClaimFilter): boolean {
  if (filter.level !== 'all') {
    const strength = claimStrength(claim.score);
    if (strength === 'weak' || (filter.level === 'strong' && strength !== 'strong')) return false;
  }
  if (filter.source !== 'any' && sourceOf(claim) !== filter.source) return false;
  if (filter.hedge === 'hedged') return claim.hedged;
  if (filter.hedge === 'unhedged') return !claim.hedged;
  return true;
}

import type { Analysis, Claim } from '../../core/model';

type StoredClaim = Omit<Claim, 'score' | 'speaker'> & Partial<Pick<Claim, 'score' | 'speaker'>>;
type StoredAnalysis = Omit<Analysis, 'quotes' | 'claims'> & {
  quotes?: Analysis['quotes'];
  claims: readonly StoredClaim[];
};

/**
 * An analysis as the app reads it: one stored by an engine before version 4 has no quotes list, claim scores
 * or speakers; until the background queue analyses it again, its claims count as scored 1 (shown at every
 * threshold) with no speaker, and it has no quotes.
 */
export function readAnalysisRecord(stored: StoredAnalysis): Analysis {
  if (stored.quotes && stored.claims.every((c) => c.score !== undefined)) return stored as Analysis;
  return {
    ...stored,
    quotes: stored.quotes ?? [],
    claims: stored.claims.map((c) => ({ ...c, score: c.score ?? 1, speaker: c.speaker ?? null })),
  };
}

// How strong a claim's check-worthiness is, by the thresholds the training script tuned. A module of its own
// (with a 30-byte JSON) so the reader can filter claims without loading the classifier.
import thresholds from './model/claim-thresholds.json' with { type: 'json' };

/** Score thresholds: "likely checkable" (best F1 on the tuning split) and "only strong" (precise). */
export type ClaimThresholds = Readonly<{ likely: number; strong: number }>;

export type ClaimStrength = 'strong' | 'likely' | 'weak';

export const CLAIM_THRESHOLDS: ClaimThresholds = thresholds;

/** "strong", "likely" checkable, or a "weak" statement, for a claim's score. */
export function claimStrength(score: number, t: ClaimThresholds = CLAIM_THRESHOLDS): ClaimStrength {
  if (score >= t.strong) return 'strong';
  return score >= t.likely ? 'likely' : 'weak';
}

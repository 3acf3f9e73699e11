import { claimStrength } from '../../../core/analysis/claim-strength';
import type { ClaimTip } from '../../../core/findings';
import type { AttributionKind } from '../../../core/model';

/** Where a claim's tooltip shows: beside the claim text or marker it describes. */
export type TooltipAnchor = Readonly<{ claim: number; top: number; left: number }>;

export const CLAIM_TOOLTIP_ID = 'claim-tooltip';

const KIND_NAMES = {
  person: 'named person',
  organisation: 'named organisation',
  official: 'official',
  anonymous: 'anonymous',
  report: 'report',
} as const;

/** The tooltip for a claim: who says it, through which cue, what kind of source that is, how hedged, how strong. */
export function ClaimTooltip({
  claim,
  score,
  source,
  anchor,
}: {
  claim: ClaimTip;
  score: number;
  source: AttributionKind | null;
  anchor: TooltipAnchor;
}) {
  return (
    <div
      role="tooltip"
      id={CLAIM_TOOLTIP_ID}
      className="claim-tooltip"
      style={{ top: anchor.top, left: anchor.left }}
    >
      <div>
        <strong>Speaker:</strong> {claim.speaker ?? 'not named'}
      </div>
      <div>
        <strong>Cue:</strong> {claim.cue !== null ? `“${claim.cue}”` : 'none'}
      </div>
      <div>
        <strong>Source:</strong> {source ? KIND_NAMES[source] : 'not attributed'}
      </div>
      <div>
        <strong>Hedge:</strong> {claim.hedge ? `“${claim.hedge}”` : 'none, stated as fact'}
      </div>
      <div>
        <strong>Check-worthiness:</strong> {claimStrength(score)} ({score.toFixed(2)})
      </div>
      {claim.quotes > 0 && (
        <div>
          <strong>Quotes:</strong> {claim.quotes}
        </div>
      )}
    </div>
  );
}

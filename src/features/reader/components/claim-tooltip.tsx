import { claimStrength } from '../../../core/analysis/claim-strength';
import type { Claim } from '../../../core/model';

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
export function ClaimTooltip({ claim, anchor }: { claim: Claim; anchor: TooltipAnchor }) {
  const a = claim.attribution;
  const s = claim.speaker;
  const named = s && s.text.toLowerCase() !== s.canonical.toLowerCase() ? ` (${s.canonical})` : '';
  return (
    <div
      role="tooltip"
      id={CLAIM_TOOLTIP_ID}
      className="claim-tooltip"
      style={{ top: anchor.top, left: anchor.left }}
    >
      <div>
        <strong>Speaker:</strong> {s ? `${s.text}${named}` : 'not named'}
      </div>
      <div>
        <strong>Cue:</strong> {a ? `“${a.text}”` : 'none'}
      </div>
      <div>
        <strong>Source:</strong> {a ? KIND_NAMES[a.kind] : 'not attributed'}
      </div>
      <div>
        <strong>Hedge:</strong> {claim.hedge ? `“${claim.hedge}”` : 'none, stated as fact'}
      </div>
      <div>
        <strong>Check-worthiness:</strong> {claimStrength(claim.score)} ({claim.score.toFixed(2)})
      </div>
      {claim.quotes.length > 0 && (
        <div>
          <strong>Quotes:</strong> {claim.quotes.length}
        </div>
      )}
    </div>
  );
}

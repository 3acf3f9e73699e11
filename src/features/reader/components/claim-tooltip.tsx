import type { Claim } from '../../../core/model';

/** Where a claim's tooltip shows: beside the claim text or marker it describes. */
export type TooltipAnchor = Readonly<{ claim: number; top: number; left: number }>;

export const CLAIM_TOOLTIP_ID = 'claim-tooltip';

/** The tooltip for a claim: who says it (and what kind of source that is) and how it is hedged. */
export function ClaimTooltip({ claim, anchor }: { claim: Claim; anchor: TooltipAnchor }) {
  const a = claim.attribution;
  return (
    <div
      role="tooltip"
      id={CLAIM_TOOLTIP_ID}
      className="claim-tooltip"
      style={{ top: anchor.top, left: anchor.left }}
    >
      <div>
        <strong>Source:</strong> {a ? `“${a.text}” (${a.kind})` : 'not attributed'}
      </div>
      <div>
        <strong>Hedge:</strong> {claim.hedge ? `“${claim.hedge}”` : 'none, stated as fact'}
      </div>
      {claim.quotes.length > 0 && (
        <div>
          <strong>Quotes:</strong> {claim.quotes.length}
        </div>
      )}
    </div>
  );
}

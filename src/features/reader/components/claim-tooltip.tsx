import { useLayoutEffect, useRef } from 'react';
import { claimStrength } from '../../../core/analysis/claim-strength';
import type { ClaimTip } from '../../../core/findings';
import type { AttributionKind } from '../../../core/model';
import { placeTooltip, TOOLTIP_GAP, type TooltipAnchor } from '../place-tooltip';

export const CLAIM_TOOLTIP_ID = 'claim-tooltip';

const KIND_NAMES = {
  person: 'named person',
  organisation: 'named organisation',
  official: 'official',
  anonymous: 'anonymous',
  report: 'report',
} as const;

/** The menus the analyst reaches for over the text (Annotate, corrections): a tooltip never covers them. */
const ACTION_SELECTOR = '.annotate-popover, .mark-menu';

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
  const ref = useRef<HTMLDivElement>(null);
  // After every render, before paint: a menu opened or moved since the last one must not end up under the
  // tooltip. Written to the element, so placing it costs no second render.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const actions = [...document.querySelectorAll(ACTION_SELECTOR)].map((a) => a.getBoundingClientRect());
    const size = { width: el.offsetWidth, height: el.offsetHeight };
    el.style.top = `${placeTooltip(anchor, size, actions, window.innerHeight)}px`;
  });
  return (
    <div
      ref={ref}
      role="tooltip"
      id={CLAIM_TOOLTIP_ID}
      className="claim-tooltip"
      style={{ top: anchor.bottom + TOOLTIP_GAP, left: anchor.left }}
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

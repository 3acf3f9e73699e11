/** The claim a tooltip describes and the window box of the claim text or marker it belongs to. */
export type TooltipAnchor = Readonly<{ claim: number; top: number; bottom: number; left: number }>;

/** Room between a tooltip and what it keeps clear of. */
export const TOOLTIP_GAP = 6;

/** A box in window coordinates. */
export type Box = Readonly<{ top: number; bottom: number; left: number; right: number }>;
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The tooltip's top: above the claim (the menus open below the text they act on), below it when there is
 * no room above, and past any open menu when it would still cover one.
 */
export function placeTooltip(
  anchor: TooltipAnchor,
  size: Readonly<{ width: number; height: number }>,
  actions: readonly Box[],
  windowHeight: number,
): number {
  const box = (top: number): Box => ({
    top,
    bottom: top + size.height,
    left: anchor.left,
    right: anchor.left + size.width,
  });
  const above = anchor.top - TOOLTIP_GAP - size.height;
  const below = anchor.bottom + TOOLTIP_GAP;
  const pastActions = actions.flatMap((a) => [a.top - TOOLTIP_GAP - size.height, a.bottom + TOOLTIP_GAP]);
  const fits = (top: number) => top >= 0 && top + size.height <= windowHeight;
  const free = (top: number) => !actions.some((a) => overlaps(box(top), a));
  const candidates = [above, below, ...pastActions];
  return candidates.find((t) => fits(t) && free(t)) ?? candidates.find(free) ?? (fits(above) ? above : below);
}

import { describe, expect, it } from 'vitest';
import { placeTooltip } from './place-tooltip';

// A claim on lines 300–340 of a 720 px window; the tooltip is 120 px tall.
const claim = { claim: 0, top: 300, bottom: 340, left: 100 };
const size = { width: 300, height: 120 };

describe('placeTooltip', () => {
  it('puts the tooltip above the claim, leaving the text below it for the menus', () => {
    expect(placeTooltip(claim, size, [], 720)).toBe(300 - 6 - 120);
  });

  it('goes below the claim when there is no room above it', () => {
    expect(placeTooltip({ ...claim, top: 60, bottom: 100 }, size, [], 720)).toBe(106);
  });

  it('never covers the Annotate button, even when the button sits above the selection', () => {
    // The button flipped above the selection, into the room above the claim.
    const button = { top: 230, bottom: 262, left: 100, right: 260 };
    const top = placeTooltip(claim, size, [button], 720);
    expect(top + size.height <= button.top || top >= button.bottom).toBe(true);
    expect(top).toBeGreaterThanOrEqual(0);
  });

  it('keeps clear of a correction menu that opened below the claim as well', () => {
    const menu = { top: 126, bottom: 400, left: 80, right: 400 };
    const top = placeTooltip({ ...claim, top: 80, bottom: 120 }, size, [menu], 720);
    expect(top + size.height <= menu.top || top >= menu.bottom).toBe(true);
  });
});

/**
 * The workbench palette by name (Okabe-Ito: told apart by colour-blind readers too). New tags and labels
 * cycle through it; a stored colour is either one of these names or `#rrggbb`.
 */
export const PALETTE_COLORS: Readonly<Record<string, string>> = {
  blue: '#0072b2',
  orange: '#e69f00',
  green: '#009e73',
  purple: '#cc79a7',
  sky: '#56b4e9',
  vermillion: '#d55e00',
  yellow: '#f0e442',
  black: '#000000',
};

/** What a colour is drawn as when the stored one is in no accepted format. */
export const FALLBACK_COLOR = '#808080';

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/**
 * True for the only colour formats the workbench accepts: `#rrggbb` or a palette name. Colours end up in
 * `style`, so anything else (`url(…)`, `expression(…)`, `red;background:…`) is refused where it enters.
 */
export function isColor(value: unknown): value is string {
  return typeof value === 'string' && (HEX_COLOR.test(value) || Object.hasOwn(PALETTE_COLORS, value));
}

/**
 * The `#rrggbb` to write into CSS for a stored colour: a palette name resolved, a colour in any other format
 * replaced by the fallback grey. Every `style` a colour reaches goes through here, whatever was validated.
 */
export function toCssColor(value: string): string {
  if (HEX_COLOR.test(value)) return value.toLowerCase();
  return Object.hasOwn(PALETTE_COLORS, value) ? PALETTE_COLORS[value]! : FALLBACK_COLOR;
}

import type { NameSpan } from './name-spans';

/** Abbreviations of time zones. */
export const TIME_ZONES: ReadonlySet<string> = new Set(
  'GMT UTC BST CET CEST EET EEST WET WEST EST EDT CST CDT MST MDT PST PDT AKST HST IST PKT JST KST HKT SGT AEST AEDT ACST AWST NZST NZDT SAST WAT CAT EAT MSK GST ICT WIB'.split(
    ' ',
  ),
);
const REGIONAL = /^(?:Pacific|Eastern|Central|Mountain|Atlantic|Alaska|Hawaii)$/;
// A clock time right before the zone: "16:30 GMT", "at 1:30 PST", "09:30 Pacific time", "9 a.m. EST".
const CLOCK_BEFORE = /\b\d{1,2}(?:[:.]\d{2}|\s*[ap]\.?m\.?)\s*$/i;
const TIME_AFTER = /^\s+(?:standard\s+|daylight\s+)?time\b/i;

/** Names that are time zones after a clock time ("16:30 GMT", "09:30 Pacific time"): no organisation or place. */
export function dropTimeZones(text: string, names: readonly NameSpan[]): readonly NameSpan[] {
  return names.filter((n) => {
    // A clock time ends in a digit, "a.m." or "PM" right before the zone's space: most names are ruled out here.
    if (!/[\d.mM]/.test(text[n.start - 2] ?? '')) return true;
    const surface = text.slice(n.start, n.end);
    const zone =
      TIME_ZONES.has(surface) || (REGIONAL.test(surface) && TIME_AFTER.test(text.slice(n.end, n.end + 20)));
    return !zone || !CLOCK_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start));
  });
}

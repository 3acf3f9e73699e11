import type { AnnotationTarget } from '../model';

/** Characters of context kept on each side of a quote (Hypothesis keeps 32 too). */
export const QUOTE_CONTEXT = 32;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * Moves `[start, end)` outwards so it never splits a surrogate pair: a fuzzy match or a user selection may
 * land between the halves of an emoji, and a lone half is not a character anyone can read or search.
 */
export function snapToCodePoints(text: string, start: number, end: number): [number, number] {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  if (s > 0 && isLowSurrogate(text.charCodeAt(s)) && isHighSurrogate(text.charCodeAt(s - 1))) s--;
  if (
    e > s &&
    e < text.length &&
    isHighSurrogate(text.charCodeAt(e - 1)) &&
    isLowSurrogate(text.charCodeAt(e))
  )
    e++;
  return [s, e];
}

/**
 * Returns the quote and position selectors for `[start, end)` of `text` (offsets in UTF-16 code units, as
 * JS strings count), with up to `context` characters of prefix and suffix that never split an emoji. The
 * pair is what the workbench stores, so an annotation can be found again after the text changes.
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
  context: number = QUOTE_CONTEXT,
): AnnotationTarget {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let prefixStart = Math.max(0, s - context);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  let suffixEnd = Math.min(text.length, e + context);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd--;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.min(prefixStart, s), s),
      suffix: text.slice(e, Math.max(e, suffixEnd)),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
    orphaned: false,
  };
}

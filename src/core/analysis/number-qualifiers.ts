import { isAsciiLetter, isSpace } from './chars';
import { anyOf, firstMatch, type PatternList } from './pattern-list';

const QUALIFIERS: PatternList<string> = [
  [/\b(?:(?:under|below|younger than) the age of|younger than)\s+$/i, 'less-than'],
  [/\b(?:(?:over|above) the age of|older than)\s+$/i, 'more-than'],
  [/\b(?:more than|over|above|upwards of|in excess of|exceeding|greater than|north of)\s+$/i, 'more-than'],
  [/\b(?:less than|fewer than|under|below)\s+$/i, 'less-than'],
  [/\b(?:at least|no fewer than|no less than|a minimum of)\s+$/i, 'at-least'],
  [/\b(?:at most|up to|no more than|a maximum of|as (?:much|many|high) as)\s+$/i, 'at-most'],
  [
    // "about a 35% chance": the article may come between.
    /\b(?:about|around|nearly|almost|approximately|roughly|some|an estimated|close to|estimated)\s+(?:an?\s+)?$/i,
    'about',
  ],
];

/** Any of QUALIFIERS: one search rules them all out for most numbers. */
const ANY_QUALIFIER = anyOf(QUALIFIERS);
/** The last word of every qualifier above ("an" of "about an"): only these can come right before a number. */
const QUALIFIER_ENDS: ReadonlySet<string> = new Set(
  'than over above of exceeding under below least most to as about around nearly almost approximately roughly some estimated a an'.split(
    ' ',
  ),
);

/**
 * The ASCII word, in lower case, that ends one or more spaces before `at` and starts at or after `low`; '' when
 * no space comes before `at`. Qualifiers are looked for only after a word that ends one.
 */
function lastWordBefore(text: string, at: number, low: number): string {
  let k = at - 1;
  if (k < low || !isSpace(text[k])) return '';
  while (k >= low && isSpace(text[k])) k--;
  const end = k + 1;
  while (k >= low && isAsciiLetter(text.charCodeAt(k))) k--;
  return text.slice(k + 1, end).toLowerCase();
}

/**
 * The qualifier right before `start` ("more than ", "nearly ", "about a "), read no further back than `low`:
 * its normalised name and where it starts; null when none.
 */
export function qualifierBefore(
  text: string,
  start: number,
  low: number,
): { name: string; start: number } | null {
  const from = Math.max(low, start - 24);
  if (!QUALIFIER_ENDS.has(lastWordBefore(text, start, from))) return null;
  const q = firstMatch(QUALIFIERS, ANY_QUALIFIER, text.slice(from, start));
  return q ? { name: q[1], start: start - q[0][0].length } : null;
}

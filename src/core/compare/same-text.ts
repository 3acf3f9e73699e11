import { spellOutAliases } from './names';

const UNITS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

// "thirty", "thirty-five", "thirty five" → 30, 35, 35 (tens before units, so "thirty five" is read whole).
const NUMBER_WORD = new RegExp(
  `\\b(?:(${TENS.slice(2).join('|')})(?:[ -](${UNITS.slice(1, 10).join('|')}))?|(${UNITS.join('|')}))\\b`,
  'g',
);

function spellNumbers(lower: string): string {
  return lower.replace(NUMBER_WORD, (_, tens?: string, unit?: string, alone?: string) =>
    alone !== undefined
      ? String(UNITS.indexOf(alone))
      : String(TENS.indexOf(tens!) * 10 + (unit ? UNITS.indexOf(unit) : 0)),
  );
}

/**
 * The form two sentences are compared in for "same": abbreviations of names spelled out ("U.S."/"US"/"United
 * States"), lower case, number words as digits ("thirty"/"30"), punctuation and extra whitespace dropped.
 */
export function normalizeForEquality(text: string): string {
  return spellNumbers(spellOutAliases(text).toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

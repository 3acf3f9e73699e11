import { SMALL_NUMBER_WORDS, TENS_WORDS } from '../analysis/lexicon/number-words';
import { spellOutAliases } from './names';

// "thirty", "thirty-five", "thirty five" → 30, 35, 35 (tens before units, so "thirty five" is read whole).
const NUMBER_WORD = new RegExp(
  `\\b(?:(${TENS_WORDS.slice(2).join('|')})(?:[ -](${SMALL_NUMBER_WORDS.slice(1, 10).join('|')}))?|(${SMALL_NUMBER_WORDS.join('|')}))\\b`,
  'g',
);

function spellNumbers(lower: string): string {
  return lower.replace(NUMBER_WORD, (_, tens?: string, unit?: string, alone?: string) =>
    alone !== undefined
      ? String(SMALL_NUMBER_WORDS.indexOf(alone))
      : String(TENS_WORDS.indexOf(tens!) * 10 + (unit ? SMALL_NUMBER_WORDS.indexOf(unit) : 0)),
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

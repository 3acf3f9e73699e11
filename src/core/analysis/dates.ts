import type { Span } from '../model/analysis';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from './lexicon/months';
import { SMALL_NUMBER_WORDS } from './lexicon/number-words';
import { WEEKDAY_NAMES } from './lexicon/weekdays';
import { createMatchIndex, firstOf, type MatchSearch } from './match-index';

const MONTH_NAME = MONTH_NAMES.join('|');
const MONTH = `${MONTH_NAME}|${MONTH_ABBREVIATIONS}`;
const DAY = WEEKDAY_NAMES.join('|');
const UNIT = 'week|month|year|weekend|decade|century|quarter|spring|summer|autumn|fall|winter|fortnight';
const COUNT = `\\d+|a|an|${SMALL_NUMBER_WORDS.slice(1, 11).join('|')}|several|few|a few`;

// "late 2025", "mid-2026", "early March", "the mid-1990s" ("the late May" may be a person: May stays alone).
const PART_OF = `\\b(?:[Ee]arly|[Ll]ate|[Mm]id)[- ](?:(?:${MONTH_NAMES.filter((m) => m !== 'May').join('|')})(?:,?\\s+\\d{4})?|(?:19|20)\\d{2}s?)\\b`;

const DATE_RE = new RegExp(
  [
    PART_OF,
    `\\b(?:${MONTH})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?(?![\\w])`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH})(?:,?\\s+\\d{4})?\\b`,
    `\\b(?:${DAY})(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
    `\\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier this|[Ll]ater this|[Pp]ast|[Pp]revious|[Cc]oming)\\s+(?:${UNIT}|${DAY})\\b`,
    `\\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\\b`,
    `\\b(?:${COUNT})\\s+(?:day|week|month|year|decade)s?\\s+ago\\b`,
    `\\b\\d{4}-\\d{2}-\\d{2}\\b`,
  ].join('|'),
  'g',
);
// A year after a preposition ("in 2023"), or before the noun it dates ("the 2026 budget", "a poor 2024 harvest",
// "the 2025/26 crop season"), searched on its own: inside DATE_RE its lookbehind would make the
// regex engine try every alternative at every character. DATE_RE's matches win a tie, as they would as
// earlier alternatives of one regex; an ISO date never starts where this matches ("2023-" fails (?![/-]\d)).
// The lookbehind comes after the century digits it re-reads, so that the engine skips to a "19" or "20" first.
const YEAR_RE =
  /(?:19|20)(?<=\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Oo]f|[Bb]efore|[Aa]fter)\s+(?:19|20))\d{2}s?\b(?![/-]\d)|(?:19|20)(?<=\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir|[Tt]his|[Ll]ast|[Nn]ext|[Pp]oor|[Gg]ood|[Rr]ecord|[Bb]umper)\s+(?:19|20))\d{2}(?:[/-]\d{2})?(?=\s+\p{Ll})/gu;

const TRAILING_PUNCTUATION = /[.,\s]+$/;
// "in May", "since May", "by mid-May": after a word of time, "May" is the month, not the verb or a name.
const MONTH_MAY_BEFORE =
  /(?:\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his|[Oo]f)\s+(?:mid-)?|\bmid-)$/;

/**
 * Finds the absolute and relative date expressions ("July 2023", "last month", "Wednesday") in spans of
 * `text`; `search` is how the text is searched (by default once, for all spans).
 */
export function createDateFinder(
  text: string,
  search: MatchSearch = createMatchIndex,
): (span: Span) => Span[] {
  const next = firstOf([search(DATE_RE, text), search(YEAR_RE, text)]);
  return ([start, end]) => {
    const out: Span[] = [];
    let m: RegExpExecArray | null;
    for (let from = start; (m = next(from)) !== null && m.index < end; from = m.index + m[0].length) {
      const last = m.index + m[0].replace(TRAILING_PUNCTUATION, '').length;
      // "May" alone is usually the verb, or a name ("Theresa May"), unless a word of time comes before it.
      if (last > end) continue;
      if (
        m[0] === 'May' &&
        !(
          MONTH_MAY_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
          !/^(?:['’]s|\s+\p{Lu})/u.test(text.slice(last, last + 3))
        )
      )
        continue;
      out.push([m.index, last]);
    }
    return out;
  };
}

// Digits that are part of a date, a time, a code or an ordinal, which findNumbers does not count as quantities.

import { isDigit, isLetter, isSpace } from './chars';
import { TIME_ZONES } from './time-zones';

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/i;
// "5bn", "£2million", "60km", "40ft": a scale or a unit written onto the digits.
const SCALE_SUFFIX = /^(?:k|m|mn|bn|tn|tr|bil|mil|km|kg|ft|mm|cm|mph|kph|pc|million|billion|trillion)\b/i;
// "7 p.m.", "11 am": a time of day.
const CLOCK_AFTER = /^\s?(?:[ap]\.m\.|[ap]m\b)/i;
const AM_PM_START: ReadonlySet<string> = new Set(['a', 'p', 'A', 'P']);
// "046 907 9930", "0800 555 111", "+254 20 271 0000": a telephone number, three groups or more.
const PHONE = /^\+?\d{2,5}(?:[ -]\d{2,5}){2,}$/;
// The end of a fiscal year written after its start: "2025-26".
const FISCAL_YEAR_START = /(?:^|[^\d])(?:19|20)\d\d[-–/]$/;
const DAY_AND_COMMA = /\b\d{1,2},$/;
// "1142 GMT": a 24-hour clock time before its zone.
const HHMM = /^(?:[01]\d|2[0-3])[0-5]\d$/;
const ZONE_AFTER = /^\s([A-Z]{2,5})\b/;
// "Article 49.3", "Section 7", "No. 26", "S&P 500", "Boeing 777", "Local 2291", "Flight 370", "DOI: 10.1038": the
// number of a provision, a rank, an index, a model, a union local, a route or a document, no quantity.
const REFERENCE_BEFORE =
  /(?:\b(?:Article|Section|Clause|Chapter|Paragraph|Rule|Resolution|Amendment|No\.|FTSE|Russell|Stoxx|STOXX|Nasdaq|CAC|DAX|ASX|Nifty|MSCI|Fortune|Boeing|Local|Flight|Route|Interstate|Platform|Gate|Terminal|DOI:|doi:|ISBN|ISSN)|S&P)\s$/;
// A month's name or its abbreviation, capitalised as dates write it: "12 mayors", "5 decades", "40 junior
// doctors" and "12 may fall" are no dates.
const MONTH_AFTER =
  /^\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\b/;
const MONTHS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

/** Whether the digits at [start, end) are part of a date, time, code or ordinal rather than a quantity. */
export function isNotQuantity(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if ((after === '/' || after === ':') && isDigit(text[end + 1])) return true; // 26/11, 10:30
  if ((before === '/' || before === ':') && isDigit(text[start - 2])) return true;
  if (before === '_' || isLetter(before)) return true; // G20
  if (before === '-' && isLetter(text[start - 2])) return true; // COVID-19
  // "NV-20250421-0873", "007": a code's digits keep their leading zero; a quantity's never do ("0.5" has its point).
  if (text[start] === '0' && isDigit(text[start + 1])) return true;
  if ((isSpace(after) || AM_PM_START.has(after!)) && CLOCK_AFTER.test(text.slice(end, end + 6))) return true;
  if (
    after === ' ' &&
    HHMM.test(text.slice(start, end)) &&
    TIME_ZONES.has(ZONE_AFTER.exec(text.slice(end, end + 7))?.[1] ?? '')
  )
    return true;
  if (before === ' ' && REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  if (end - start === 2 && FISCAL_YEAR_START.test(text.slice(Math.max(0, start - 6), start))) return true;
  // A group of a phone number has another group beside it, one space or hyphen away, or opens with "+".
  if (
    (((after === ' ' || after === '-') && isDigit(text[end + 1])) ||
      ((before === ' ' || before === '-') && isDigit(text[start - 2])) ||
      before === '+') &&
    isPhoneNumber(text, start, end)
  )
    return true;
  if (isLetter(after)) {
    const suffix = text.slice(end, end + 9);
    if (ORDINAL_SUFFIX.test(suffix) || !SCALE_SUFFIX.test(suffix)) return true; // 10th, 5am
  }
  // Only a month's name or its abbreviation (a letter or a full stop), or a day and its comma, end the words
  // before a date's digits.
  let k = start - 1;
  while (k >= Math.max(0, start - 12) && isSpace(text[k])) k--;
  const last = k >= Math.max(0, start - 12) ? text[k] : undefined;
  if (last === '.' || last === ',' || isLetter(last)) {
    const left = text.slice(Math.max(0, start - 12), start).trimEnd();
    if (MONTHS.test(left)) return true; // Nov. 10, July 2023
    if (DAY_AND_COMMA.test(left) && MONTHS.test(left.slice(0, -3).trimEnd())) return true; // Nov 10, 2023
  }
  return isSpace(after) && MONTH_AFTER.test(text.slice(end, end + 12)); // 10 November
}

/** Whether the digits at [start, end) are one group of a run of digit groups that reads as a phone number. */
function isPhoneNumber(text: string, start: number, end: number): boolean {
  let s = start;
  let e = end;
  while (s > 0 && /[\d +-]/.test(text[s - 1]!)) s--;
  while (e < text.length && /[\d -]/.test(text[e]!)) e++;
  const run = text
    .slice(s, e)
    .trim()
    .replace(/[ -]+$/, '');
  return run.length >= 9 && PHONE.test(run.replace(/^[ -]+/, ''));
}

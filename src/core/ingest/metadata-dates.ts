import { normalizeDate } from './metadata';

const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
// What may follow the date on a date line: a clock time with its zone ("10:32 AM ET", "14.02 BST", "| 6:10 PM IST").
const TIME_TAIL =
  /^[\s,|–-]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*)?)?\s*$/i;
const DATE_AT_START =
  /^(?:[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9}\.?,? \d{4}|\d{4}-\d{2}-\d{2})/;

/**
 * A line that is only a date ("November 4, 2011", "WEDNESDAY, JULY 29, 2009", "4 March 2025 14:02 GMT"):
 * its ISO date, or null when the line says anything else. Such a line dates the story; it is never a title
 * or a caption.
 */
export function bareDateLine(line: string): string | null {
  if (line.length > 60) return null;
  const rest = line.trim().replace(WEEKDAY, '');
  const m = DATE_AT_START.exec(rest);
  if (!m || !TIME_TAIL.test(rest.slice(m[0].length))) return null;
  return normalizeDate(m[0]);
}

/**
 * The date a news URL carries in its path: "/2021/03/04/", "/2021-03-04/", "/20210304/" (a segment of its own,
 * so an article id never reads as one). Null when there is none or it is not a calendar day.
 */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const slashed = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(path);
  if (slashed) return normalizeDate(`${slashed[1]}-${slashed[2]}-${slashed[3]}`);
  const joined = /\/((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?=[/_.-]|$)/.exec(path);
  return joined ? normalizeDate(`${joined[1]}-${joined[2]}-${joined[3]}`) : null;
}

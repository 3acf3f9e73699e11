import { MONTH_NAMES, MONTH_SHORT_NAMES, monthNumber } from '../analysis/lexicon/months';
import { WEEKDAY_NAMES } from '../analysis/lexicon/weekdays';
import type { Span } from '../model';

/** A date a sentence states, with the fields it fixes (month 1–12, weekday 0 = Sunday) and its words. */
export type DateMention = Readonly<{
  start: number;
  end: number;
  text: string;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}>;

// Month names are matched capitalised only, so the modal "may" and the verb "march" stay words.
const MONTH = `(${MONTH_NAMES.join('|')}|(?:${MONTH_SHORT_NAMES.join('|')}|Sept)\\.?(?= \\d))`;
// A month alone counts after a word that makes it a time ("in May"), not in a name ("Theresa May").
const AFTER = '(?:in|since|until|till|by|from|of|last|next|early|late|mid|during|through|before|after)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Omit<DateMention, 'start' | 'end' | 'text'>]> = [
  [new RegExp(`\\b${MONTH} ${DAY}(?:,? ${YEAR})?\\b`, 'g'), (m) => ({ month: monthNumber(m[1]!), day: +m[2]!, ...yearOf(m[3]) })],
  [new RegExp(`\\b${DAY} ${MONTH}(?:,? ${YEAR})?\\b`, 'g'), (m) => ({ day: +m[1]!, month: monthNumber(m[2]!), ...yearOf(m[3]) })],
  [new RegExp(`\\b${MONTH},? ${YEAR}\\b`, 'g'), (m) => ({ month: monthNumber(m[1]!), year: +m[2]! })],
  [new RegExp(`(?<=\\b${AFTER} )${MONTH}\\b`, 'g'), (m) => ({ month: monthNumber(m[1]!) })],
  [new RegExp(`\\b(${WEEKDAY_NAMES.join('|')})\\b`, 'g'), (m) => ({ weekday: WEEKDAY_NAMES.indexOf(m[1]!) })],
  [new RegExp(`(?<![\\d.,])${YEAR}(?![\\d%])`, 'g'), (m) => ({ year: +m[1]! })],
]; // prettier-ignore

const RELATIVE = /\b(yesterday|today|(?:last|next|this) (?:week|month|year))\b/gi;

const yearOf = (y: string | undefined) => (y ? { year: +y } : {});

/** What a relative date ("last month") means in an article dated `iso`; null when it cannot be known. */
function resolveRelative(phrase: string, iso: string): Omit<DateMention, 'start' | 'end' | 'text'> | null {
  const base = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(base.getTime())) return null;
  const [which, unit] = phrase.toLowerCase().split(' ') as [string, string | undefined];
  const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  const at = (d: Date) => ({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  });
  if (which === 'yesterday') return at(new Date(base.getTime() - 86_400_000));
  if (which === 'today') return at(base);
  if (unit === 'month') {
    const d = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + shift, 1));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
  }
  if (unit === 'year') return { year: base.getUTCFullYear() + shift };
  return null; // a week fixes no field a sentence would state
}

/**
 * The dates stated in `text` within `span`: month-day-year forms, months, weekdays, bare years, and (when the
 * article's own date is known) "yesterday", "today", "last month", "last year" resolved against it.
 */
export function findDateMentions(text: string, span: Span, articleDate?: string | null): DateMention[] {
  const slice = text.slice(span[0], span[1]);
  const taken = new Uint8Array(slice.length);
  const out: DateMention[] = [];
  const take = (index: number, length: number, fields: Omit<DateMention, 'start' | 'end' | 'text'>) => {
    if (taken.subarray(index, index + length).some((x) => x)) return;
    taken.fill(1, index, index + length);
    const start = span[0] + index;
    out.push({ start, end: start + length, text: slice.slice(index, index + length), ...fields });
  };
  for (const [re, read] of PATTERNS)
    for (const m of slice.matchAll(re)) take(m.index, m[0].length, read(m as RegExpExecArray));
  if (articleDate)
    for (const m of slice.matchAll(RELATIVE)) {
      const fields = resolveRelative(m[1]!, articleDate);
      if (fields) take(m.index, m[0].length, fields);
    }
  return out.sort((x, y) => x.start - y.start);
}

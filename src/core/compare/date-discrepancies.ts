import type { Discrepancy, Span } from '../model';
import { findDateMentions, type DateMention } from './date-mentions';

/** One side of a pair as date comparison takes it: the text, the pair's span, and the article's date. */
export type DatedSide = Readonly<{ text: string; span: Span; date?: string | null }>;

const FIELDS = ['year', 'month', 'day', 'weekday'] as const;

/**
 * Dates two aligned passages disagree on: for each field (year, month, day, weekday) both sides state, a
 * conflict when no value agrees, with the date words of each side ("January 2022" vs "January 2021"); one
 * report per pair of mentions. Relative dates count once resolved against each article's own date.
 */
export function compareDates(a: DatedSide, b: DatedSide): Discrepancy[] {
  const [ma, mb] = [findDateMentions(a.text, a.span, a.date), findDateMentions(b.text, b.span, b.date)];
  const out: Discrepancy[] = [];
  const reported = new Set<string>();
  for (const field of FIELDS) {
    const xs = ma.filter((m) => m[field] !== undefined);
    const ys = mb.filter((m) => m[field] !== undefined);
    if (xs.length === 0 || ys.length === 0) continue;
    if (xs.some((x) => ys.some((y) => x[field] === y[field]))) continue;
    const [x, y] = [xs[0]!, ys[0]!] as [DateMention, DateMention];
    const key = `${x.start}:${y.start}`;
    if (reported.has(key)) continue;
    reported.add(key);
    out.push({
      kind: 'date',
      severity: 'conflict',
      a: { start: x.start, end: x.end, text: x.text },
      b: { start: y.start, end: y.end, text: y.text },
      message: `Dates disagree (${field}): "${x.text}" vs "${y.text}"`,
    });
  }
  return out;
}

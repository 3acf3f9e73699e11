import type { ArticleFormat, IngestedArticle, RemovedLine } from '../model';
import { removeBoilerplate } from './boilerplate';
import { toComparable } from './comparable';
import { classifyLine, isHeadlineLike, wordCountOf } from './line-rules';
import { parseWebUrl } from '../text/web-url';
import { canonicalWire, normalizeDate, parseDateLine } from './metadata';
import { dateFromUrl } from './metadata-dates';
import { isHashLikeName } from './metadata-site';
import type { KnownMeta, TextUnit } from './types';

export type BuildInput = Readonly<{
  units: readonly TextUnit[];
  format: ArticleFormat;
  fileName: string | null;
  originalText: string;
  known?: KnownMeta;
  /** Only scraped plain text starts with the scraper's ` date YYYY-MM-DD …` line. */
  readDateLine?: boolean;
}>;

function stemOf(fileName: string | null): string | null {
  if (!fileName || isHashLikeName(fileName)) return null;
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '') || base;
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

/** A date-line remainder is the headline unless it is furniture (a ticker) or not headline-shaped. */
function isDateLineHeadline(rest: string): boolean {
  return rest !== '' && !classifyLine(rest) && isHeadlineLike(rest) && wordCountOf(rest) >= 2;
}

/**
 * The outlet that ran the story and the agency that wrote it, kept apart. The outlet is the strongest of: a
 * source the input names (unless it names an agency), the site's own name, the copyright owner, the byline's
 * outlet or the page's host; an agency (wire byline, "(Reuters)" credit, a source naming one) is the outlet
 * only when nothing else names one. A file name is never an outlet.
 */
function creditsOf(
  known: KnownMeta,
  result: Readonly<{ wireSource: string | null; siteSource: string | null }>,
): { source: string | null; agency: string | null } {
  const knownSource = clean(known.source);
  const knownWire = knownSource ? canonicalWire(knownSource) : null;
  const agency = knownWire ?? result.wireSource;
  const outlet =
    (knownWire ? null : knownSource) ?? clean(known.siteName) ?? result.siteSource ?? clean(known.siteHost);
  if (!outlet || (agency && canonicalWire(outlet) === agency))
    return { source: agency ?? outlet, agency: null };
  return { source: outlet, agency: agency && agency !== outlet ? agency : null };
}

/**
 * Runs the boilerplate pass on paragraph candidates and assembles the article: title, outlet and agency,
 * date (metadata, date line, a date in the text, the URL) and url. Returns null when nothing of the story is
 * left.
 */
export function buildArticle(input: BuildInput): IngestedArticle | null {
  const known = input.known ?? {};
  let units = input.units;
  const removedFirst: RemovedLine[] = [];
  let title = clean(known.title);
  let date = normalizeDate(known.date);
  const first = units[0];
  const dateLine = input.readDateLine && first ? parseDateLine(first.text) : null;
  if (dateLine && first) {
    date ??= dateLine.date;
    const headline = isDateLineHeadline(dateLine.rest);
    if (headline) title ??= dateLine.rest;
    removedFirst.push({ text: first.text, reason: headline ? 'date line and title' : 'date line' });
    units = units.slice(1);
  }
  const result = removeBoilerplate(units, { title });
  const text = result.paragraphs.join('\n\n');
  if (!text.trim()) return null;
  const { source, agency } = creditsOf(known, result);
  const fallbackTitle = stemOf(input.fileName) ?? text.slice(0, 80).split('\n')[0]!;
  const finalTitle = clean(result.title) ?? fallbackTitle;
  const removed = [...removedFirst, ...result.removed];
  // The title repeated as the first paragraph is dropped by the pass; make sure the header kept it out too.
  const firstBreak = text.indexOf('\n\n');
  const lead = text.slice(0, firstBreak);
  const leadIsTitle = firstBreak !== -1 && toComparable(lead) === toComparable(finalTitle);
  if (leadIsTitle) removed.push({ text: lead, reason: 'title' });
  // A URL the reader could not open as a web page (broken, or `javascript:`) is dropped, not stored.
  const url = clean(known.url);
  return {
    title: finalTitle,
    source,
    ...(agency ? { agency } : {}),
    // Never the import day: no date is better than a wrong one.
    date: date ?? result.date ?? dateFromUrl(url),
    url: parseWebUrl(url) ? url : null,
    format: input.format,
    text: leadIsTitle ? text.slice(firstBreak + 2) : text,
    originalText: input.originalText,
    removed,
  };
}

import type { ArticleFormat, IngestedArticle, RemovedLine } from '../model';
import { removeBoilerplate } from './boilerplate';
import { toComparable } from './comparable';
import { classifyLine, isHeadlineLike, wordCountOf } from './line-rules';
import { parseWebUrl } from '../text/web-url';
import { canonicalWire, normalizeDate, parseDateLine } from './metadata';
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
  if (!fileName) return null;
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
 * Runs the boilerplate pass on paragraph candidates and assembles the article: title, source, date and url by
 * the precedence the analyst expects (explicit metadata, then wire byline, copyright owner, site name, file
 * name). Returns null when nothing of the story is left.
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
  const knownSource = clean(known.source);
  const source =
    (knownSource ? (canonicalWire(knownSource) ?? knownSource) : null) ??
    result.wireSource ??
    result.siteSource ??
    clean(known.siteName) ??
    (input.fileName ? (input.fileName.split(/[\\/]/).pop() ?? null) : null);
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
    date: date ?? result.date,
    url: parseWebUrl(url) ? url : null,
    format: input.format,
    text: leadIsTitle ? text.slice(firstBreak + 2) : text,
    originalText: input.originalText,
    removed,
  };
}

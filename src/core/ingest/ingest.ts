import type { ArticleFormat, IngestedArticle } from '../model';
import { buildArticle } from './build-article';
import { decodeBytes } from './decode';
import { parseJsonArticles, parseJsonLines, type JsonRecord } from './json-input';
import { parseMarkdown } from './markdown';
import { matchWireByline, normalizeDate } from './metadata';
import { outletFromByline } from './metadata-site';
import { normalizeLines, splitTextUnits } from './normalize-text';
import { MAX_FILE_BYTES, extensionOf } from './limits';
import type { IngestDeps, IngestOutcome, KnownMeta } from './types';

const FORMAT_BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};
/** The extensions the workbench reads, as the unsupported-type message lists them. */
export const SUPPORTED = '.txt, .md, .html, .htm, .json, .jsonl, .pdf, .docx, .eml, .zip';
// Read only by ingestFileAsync: their readers are asynchronous (pdf.js, mammoth) or hold other files.
const ASYNC_EXTENSIONS = new Set(['pdf', 'docx', 'eml', 'zip']);

/** The lower-case extension of a file name, or null. */
// Rounded up so a file just over the limit never reads as "10.0 MB; … up to 10.0 MB".
function formatSize(bytes: number): string {
  return `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;
}

/** Scraped text that is really a web page goes through the HTML reader. */
function looksLikeHtml(text: string): boolean {
  // Both signs below need the page to start with a tag; most text does not, and lower-casing its head costs.
  if (!text.trimStart().startsWith('<')) return false;
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (/^<!doctype html|^<html[\s>]/.test(head)) return true;
  return (
    head.startsWith('<') &&
    (text.match(/<\/?(p|div|body|article|span|a|br|h[1-6])[\s>/]/gi)?.length ?? 0) >= 2
  );
}

function articlesFromHtml(
  html: string,
  fileName: string | null,
  format: ArticleFormat,
  known: KnownMeta,
  deps: IngestDeps,
): IngestedArticle | string {
  const extract = deps.readHtml(html);
  if (!extract) return 'The HTML could not be read: no text was found in the page.';
  const units = extract.paragraphs
    .flatMap((p) => normalizeLines(p).filter(Boolean).join(' ') || [])
    .map((text) => ({ text }));
  const byline = extract.byline ? matchWireByline(extract.byline) : null;
  const article = buildArticle({
    units,
    format,
    fileName,
    originalText: html,
    known: {
      title: known.title ?? extract.title,
      source: known.source ?? byline,
      siteName: known.siteName ?? extract.siteName,
      siteHost: outletFromByline(extract.byline) ?? extract.siteHost,
      date: known.date ?? normalizeDate(extract.publishedTime),
      url: known.url ?? extract.url,
    },
  });
  return article ?? 'The page has no article text left after removing page furniture.';
}

function articleFromText(
  text: string,
  fileName: string | null,
  format: ArticleFormat,
  deps: IngestDeps,
  known: KnownMeta = {},
): IngestedArticle | string {
  if (looksLikeHtml(text)) return articlesFromHtml(text, fileName, format, known, deps);
  if (format === 'md') {
    const doc = parseMarkdown(text);
    const meta = { ...doc.meta, ...Object.fromEntries(Object.entries(known).filter(([, v]) => v)) };
    const article = buildArticle({ units: doc.units, format, fileName, originalText: text, known: meta });
    return article ?? 'The Markdown file has no article text.';
  }
  const units = splitTextUnits(text);
  const article = buildArticle({ units, format, fileName, originalText: text, known, readDateLine: true });
  return article ?? 'No article text is left after removing page furniture.';
}

function ingestRecords(
  records: readonly JsonRecord[],
  warnings: string[],
  fileName: string | null,
  format: ArticleFormat,
  deps: IngestDeps,
): IngestOutcome {
  const articles: IngestedArticle[] = [];
  for (const record of records) {
    const result = articleFromText(record.text, fileName, format, deps, record.meta);
    if (typeof result === 'string') warnings.push(`${record.label}: ${result}`);
    else articles.push(result);
  }
  if (articles.length === 0) {
    const why = warnings.length ? ` ${warnings.join(' ')}` : '';
    return { ok: false, error: `No article with text was found in ${fileName ?? 'the JSON'}.${why}` };
  }
  return { ok: true, articles, warnings };
}

/**
 * Ingests text already in memory (pasted, or decoded from a file): picks the reader by format, strips page
 * furniture and returns the article(s) with metadata, or a clear error.
 */
export function ingestText(
  text: string,
  opts: Readonly<{ fileName?: string; format?: ArticleFormat; known?: KnownMeta }>,
  deps: IngestDeps,
): IngestOutcome {
  const known = opts.known ?? {};
  const fileName = opts.fileName ?? null;
  const ext = fileName ? extensionOf(fileName) : null;
  const format = opts.format ?? (ext ? FORMAT_BY_EXTENSION[ext] : undefined) ?? 'paste';
  if (!text.trim())
    return { ok: false, error: `${fileName ?? 'The text'} is empty: there is no article to read.` };
  if (format === 'json' || format === 'jsonl') {
    const parsed = format === 'json' ? parseJsonArticles(text) : parseJsonLines(text);
    if (!parsed.ok) return { ok: false, error: fileName ? `${fileName}: ${parsed.error}` : parsed.error };
    return ingestRecords(parsed.records, [...parsed.warnings], fileName, format, deps);
  }
  if (format === 'html') {
    const result = articlesFromHtml(text, fileName, format, known, deps);
    return typeof result === 'string'
      ? { ok: false, error: result }
      : { ok: true, articles: [result], warnings: [] };
  }
  const result = articleFromText(text, fileName, format, deps, known);
  return typeof result === 'string'
    ? { ok: false, error: result }
    : { ok: true, articles: [result], warnings: [] };
}

/**
 * Ingests a dropped file: refuses unsupported types, oversized and binary files with a message naming the
 * problem, decodes the bytes (warning when it had to guess the encoding) and reads the article(s).
 */
export function ingestFile(
  input: Readonly<{ fileName: string; bytes: Uint8Array }>,
  deps: IngestDeps,
): IngestOutcome {
  const { fileName, bytes } = input;
  const ext = extensionOf(fileName);
  const format: ArticleFormat | undefined = ext ? FORMAT_BY_EXTENSION[ext] : 'txt';
  if (ext && ASYNC_EXTENSIONS.has(ext))
    return { ok: false, error: `${fileName}: .${ext} files are read by ingestFileAsync.` };
  if (!format) {
    return { ok: false, error: `Unsupported file type .${ext}: the workbench reads ${SUPPORTED}.` };
  }
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      error: `${fileName} is ${formatSize(bytes.length)}; the workbench reads files up to ${formatSize(MAX_FILE_BYTES)}.`,
    };
  }
  if (bytes.length === 0) return { ok: false, error: `${fileName} is empty: there is no article to read.` };
  const decoded = decodeBytes(bytes, fileName);
  if (!decoded.ok) return decoded;
  const outcome = ingestText(decoded.text, { fileName, format }, deps);
  if (!outcome.ok) return outcome;
  return { ...outcome, warnings: [...decoded.warnings, ...outcome.warnings] };
}

import type { KnownMeta } from './types';

/** One article-like record from JSON: its body text (maybe HTML) and metadata, and where it came from. */
export type JsonRecord = Readonly<{ label: string; text: string; meta: KnownMeta }>;

export type JsonParse =
  | Readonly<{ ok: true; records: readonly JsonRecord[]; warnings: readonly string[] }>
  | Readonly<{ ok: false; error: string }>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TEXT_KEYS = ['text', 'body', 'content', 'article', 'articleBody', 'story', 'fulltext', 'full_text'];
const TITLE_KEYS = ['title', 'headline', 'name'];
const SOURCE_KEYS = ['source', 'publisher', 'site', 'siteName', 'site_name', 'outlet', 'publication'];
const DATE_KEYS = ['date', 'published', 'publishedAt', 'published_at', 'datePublished', 'pubDate', 'time'];
const URL_KEYS = ['url', 'link', 'canonical', 'href'];

function pick(obj: Record<string, Json>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = obj[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    // Some feeds nest the publisher: { source: { name: "…" } }.
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const name = value.name ?? value.title;
      if (typeof name === 'string' && name.trim()) return name.trim();
    }
  }
  return null;
}

function toRecord(value: Json, label: string): JsonRecord | string {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return `${label} is not an object; skipped.`;
  const text = pick(value, TEXT_KEYS);
  if (!text) return `${label} has no text (expected one of: text, body, content); skipped.`;
  return {
    label,
    text,
    meta: {
      title: pick(value, TITLE_KEYS),
      source: pick(value, SOURCE_KEYS),
      date: pick(value, DATE_KEYS),
      url: pick(value, URL_KEYS),
    },
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Whether a prefix of the text already contains the syntax error (rather than merely ending too early). */
function prefixHasError(text: string, length: number): boolean {
  try {
    JSON.parse(text.slice(0, length));
    return false;
  } catch (error) {
    const message = errorMessage(error);
    if (/end of JSON input/i.test(message)) return false;
    const position = /position (\d+)/i.exec(message);
    return position ? Number(position[1]) < length : true;
  }
}

/**
 * Offset of the character that breaks the JSON. Uses the engine's position when it gives one; otherwise
 * bisects for the shortest prefix that already fails (some engines only quote the text).
 */
function locateJsonError(text: string, message: string): number {
  const position = /position (\d+)/i.exec(message);
  if (position) return Number(position[1]);
  let lo = 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (prefixHasError(text, mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}

/** "Malformed JSON at line 3, column 7: …" with the line counted from `firstLine`. */
function describeJsonError(error: unknown, text: string, firstLine = 1): string {
  const message = errorMessage(error);
  const offset = locateJsonError(text, message);
  const before = text.slice(0, offset);
  const line = before.split('\n').length + firstLine - 1;
  const column = offset - before.lastIndexOf('\n');
  const reason = message
    .replace(/ in JSON at position \d+.*$/is, '')
    .replace(/, ".*" is not valid JSON$/s, '');
  return `Malformed JSON at line ${line}, column ${column}: ${reason}`;
}

/** Reads a JSON file holding one article object, an array of them, or `{ articles: [...] }`. */
export function parseJsonArticles(text: string): JsonParse {
  let data: Json;
  try {
    data = JSON.parse(text) as Json;
  } catch (error) {
    return { ok: false, error: describeJsonError(error, text) };
  }
  if (data && typeof data === 'object' && !Array.isArray(data) && Array.isArray(data.articles))
    data = data.articles;
  const items = Array.isArray(data) ? data : [data];
  const records: JsonRecord[] = [];
  const warnings: string[] = [];
  items.forEach((item, i) => {
    const result = toRecord(item, Array.isArray(data) ? `Item ${i + 1}` : 'The object');
    if (typeof result === 'string') warnings.push(result);
    else records.push(result);
  });
  return { ok: true, records, warnings };
}

/** Reads JSON Lines: good lines become records, bad lines become warnings naming their line number. */
export function parseJsonLines(text: string): JsonParse {
  const records: JsonRecord[] = [];
  const warnings: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let value: Json;
    try {
      value = JSON.parse(line) as Json;
    } catch (error) {
      warnings.push(`Line ${i + 1}: ${describeJsonError(error, line, i + 1)}; skipped.`);
      return;
    }
    const result = toRecord(value, `Line ${i + 1}`);
    if (typeof result === 'string') warnings.push(result);
    else records.push(result);
  });
  return { ok: true, records, warnings };
}

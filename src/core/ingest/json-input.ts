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

/** "Malformed JSON at line 3, column 7: …" from the engine's message (position or line/column when it gives one). */
function describeJsonError(error: unknown, text: string, lineOffset = 0): string {
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/i.exec(message);
  const position = /position (\d+)/i.exec(message);
  let where = '';
  if (lineCol) where = ` at line ${Number(lineCol[1]) + lineOffset}, column ${lineCol[2]}`;
  else if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length + lineOffset;
    where = ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
  }
  const reason = message
    .replace(/\s*\((?:line|at position)[^)]*\)\s*$/i, '')
    .replace(/ in JSON at position \d+.*$/i, '');
  return `Malformed JSON${where}: ${reason}`;
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
      warnings.push(
        `Line ${i + 1}: ${describeJsonError(error, line, i).replace(/ at line \d+,/, ' at')}; skipped.`,
      );
      return;
    }
    const result = toRecord(value, `Line ${i + 1}`);
    if (typeof result === 'string') warnings.push(result);
    else records.push(result);
  });
  return { ok: true, records, warnings };
}

import { phraseSource } from './phrase';

/** A piece of a snippet: plain text, or a matched term to mark. */
export type SnippetPart = Readonly<{ text: string; match: boolean }>;

/** A passage around a match: where the first match starts in the text (to scroll there) and its parts. */
export type Snippet = Readonly<{ start: number; parts: readonly SnippetPart[] }>;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A case-insensitive pattern matching any of `phrases` as a phrase, else any of `terms` at the start of a
 * word (as the index matched them).
 */
function termPattern(terms: readonly string[], phrases: readonly string[]): RegExp | null {
  const clean = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))];
  clean.sort((a, b) => b.length - a.length);
  const sources = phrases.flatMap((p) => phraseSource(p) ?? []);
  if (clean.length > 0)
    sources.push(`(?<![\\p{L}\\p{N}])(?:${clean.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`);
  return sources.length > 0 ? new RegExp(sources.join('|'), 'giu') : null;
}

/**
 * Returns the passage of `text` around the first match of `phrases` (each marked whole) or `terms`, about
 * `width` characters, cut at word boundaries, with every match in it marked. Null when none occurs.
 */
export function makeSnippet(
  text: string,
  terms: readonly string[],
  phrases: readonly string[] = [],
  width = 180,
): Snippet | null {
  const pattern = termPattern(terms, phrases);
  if (!pattern) return null;
  const first = pattern.exec(text);
  if (!first) return null;
  let start = Math.max(0, first.index - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > first.index ? text.lastIndexOf(' ', end) : end;
  const passage = text.slice(start, end);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', match: false });
  let at = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(passage); m; m = pattern.exec(passage)) {
    if (m.index > at) parts.push({ text: passage.slice(at, m.index), match: false });
    parts.push({ text: m[0], match: true });
    at = m.index + m[0].length;
  }
  if (at < passage.length) parts.push({ text: passage.slice(at), match: false });
  if (end < text.length) parts.push({ text: '…', match: false });
  return { start: first.index, parts };
}

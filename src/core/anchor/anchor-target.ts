import type { AnnotationTarget } from '../model';
import search from 'approx-string-match';
import { snapToCodePoints } from './describe-range';

/** Where a target lies in a text now; `exact` is true when the quote was found verbatim. */
export type AnchorResult = Readonly<{ start: number; end: number; exact: boolean }> | null;

/** A fuzzy match must keep at least this share of the quote (edit distance ≤ 25 % of its length). */
export const MIN_QUOTE_SIMILARITY = 0.75;

// Weights as in Hypothesis's match-quote: the quote matters most, then its context, then closeness.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;
// Short quotes match by chance; below this length a fuzzy hit must also agree with its context.
const SHORT_QUOTE = 32;
const MAX_EXACT_CANDIDATES = 2000;
const FUZZY_WINDOW = 4096;

/** Share of `prefix` that matches the text just before `start`, compared outwards from the quote. */
function scorePrefix(text: string, start: number, prefix: string): number {
  if (prefix.length === 0) return start === 0 ? 1 : 0.5;
  let same = 0;
  for (let i = 1; i <= prefix.length && start - i >= 0; i++) {
    if (text.charCodeAt(start - i) === prefix.charCodeAt(prefix.length - i)) same++;
  }
  return same / prefix.length;
}

/** Share of `suffix` that matches the text just after `end`. */
function scoreSuffix(text: string, end: number, suffix: string): number {
  if (suffix.length === 0) return end === text.length ? 1 : 0.5;
  let same = 0;
  for (let i = 0; i < suffix.length && end + i < text.length; i++) {
    if (text.charCodeAt(end + i) === suffix.charCodeAt(i)) same++;
  }
  return same / suffix.length;
}

function scoreContext(text: string, start: number, end: number, target: AnnotationTarget): number {
  return (scorePrefix(text, start, target.quote.prefix) + scoreSuffix(text, end, target.quote.suffix)) / 2;
}

function scorePosition(text: string, start: number, hint: number): number {
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
}

/** Every verbatim occurrence of the quote, the one best agreeing with context and position first. */
function findExact(text: string, target: AnnotationTarget, hint: number): AnchorResult {
  const exact = target.quote.exact;
  let best: AnchorResult = null;
  let bestScore = -Infinity;
  let seen = 0;
  for (
    let at = text.indexOf(exact);
    at !== -1 && seen < MAX_EXACT_CANDIDATES;
    at = text.indexOf(exact, at + 1)
  ) {
    seen++;
    const score =
      2 * CONTEXT_WEIGHT * scoreContext(text, at, at + exact.length, target) +
      POSITION_WEIGHT * scorePosition(text, at, hint);
    if (score > bestScore) {
      bestScore = score;
      best = { start: at, end: at + exact.length, exact: true };
    }
  }
  return best;
}

/**
 * The lowest-error matches of `pattern` in `text[from, to)`, by approx-string-match (Hypothesis's library). It
 * replaced a hand-written Myers search: `npm run bench -- anchor` placed the same 177 quotes fuzzily in about
 * half the time (after a frequent word changed everywhere: 2.5–3.7x the indexOf baseline instead of 6.2–8.7x).
 */
function searchApprox(text: string, pattern: string, maxErrors: number, from = 0, to = text.length) {
  const window = from === 0 && to === text.length ? text : text.slice(from, to);
  return search(window, pattern, maxErrors).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
}

function findFuzzy(text: string, target: AnnotationTarget, hint: number): AnchorResult {
  const exact = target.quote.exact;
  const maxErrors = Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY));
  if (maxErrors === 0) return null;
  // Most edits are local: look near the old place first, then everywhere.
  const from = Math.max(0, hint - exact.length - FUZZY_WINDOW);
  const to = Math.min(text.length, hint + 2 * exact.length + FUZZY_WINDOW);
  let matches = searchApprox(text, exact, maxErrors, from, to);
  if (matches.length === 0 && (from > 0 || to < text.length)) matches = searchApprox(text, exact, maxErrors);
  let best: AnchorResult = null;
  let bestScore = -Infinity;
  for (const m of matches) {
    const [start, end] = snapToCodePoints(text, m.start, m.end);
    const context = scoreContext(text, start, end, target);
    if (exact.length < SHORT_QUOTE && context < 0.5) continue;
    const score =
      QUOTE_WEIGHT * (1 - m.errors / exact.length) +
      2 * CONTEXT_WEIGHT * context +
      POSITION_WEIGHT * scorePosition(text, start, hint);
    if (score > bestScore) {
      bestScore = score;
      best = { start, end, exact: false };
    }
  }
  return best;
}

/**
 * Finds a stored target in `text`, trying the old position (or `hint`, the old position shifted by an edit
 * seen nearby), then every verbatim occurrence of the quote ranked by context and closeness, then a fuzzy
 * match keeping ≥ 75 % of the quote. Returns null when none holds, so the caller can mark it orphaned.
 */
export function anchorTarget(text: string, target: AnnotationTarget, hint?: number): AnchorResult {
  const exact = target.quote.exact;
  if (exact.length === 0) return null;
  const { start } = target.position;
  const guess = hint ?? start;
  // The quote may sit at the old place by chance (a repeated phrase moved there): trust it only in context.
  for (const at of guess === start ? [start] : [start, guess]) {
    const end = at + exact.length;
    if (at >= 0 && text.startsWith(exact, at) && scoreContext(text, at, end, target) >= 0.5) {
      return { start: at, end, exact: true };
    }
  }
  return findExact(text, target, guess) ?? findFuzzy(text, target, guess);
}

import type { Span } from '../model/analysis';
import { isLetter, isSpace } from './chars';

// Abbreviations whose period never ends a sentence (titles, months, "No. 10").
const NEVER_FINAL = new Set(
  (
    'mr mrs ms dr prof st gen col lt sgt capt gov sen rep rev hon maj cmdr adm supt insp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs v fig vol approx mt ft ' +
    'e.g i.e cf al'
  ).split(' '),
);
// Abbreviations that may end a sentence: they do only when a typical sentence opener follows.
const MAYBE_FINAL = new Set('inc ltd co corp jr sr etc bros plc llc'.split(' '));
const OPENERS = new Set(
  (
    'the a an it he she they we i this that these those there in on at but and however ' +
    'his her their its our after before when while meanwhile earlier later also yet so if ' +
    'according officials police sources as for with'
  ).split(' '),
);

const CLOSERS = '"\'”’)]»';
const OPENERS_PUNCT = '"\'“‘([«';

const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const INITIAL = /^\p{Lu}$/u;
const NEXT_WORD = /^[\p{L}\p{N}]+/u;

function isUpperOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return UPPER_OR_DIGIT.test(ch);
}

/** Decides whether the '.' at `dot` may end a sentence given the word before it and the next word. */
function acceptsPeriodBreak(text: string, dot: number, nextWord: string): boolean {
  let s = dot;
  while (s > 0 && (text[s - 1] === '.' || isLetter(text[s - 1]))) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return true;
  const lower = word.toLowerCase();
  // A single capital ("J." of "J. K. Rowling") is an initial.
  if (INITIAL.test(word)) return false;
  if (NEVER_FINAL.has(lower)) return false;
  const opener = OPENERS.has(nextWord.toLowerCase());
  if (MAYBE_FINAL.has(lower)) return opener;
  // Dotted acronyms ("U.S.") end a sentence only before a sentence opener ("in the U.S. The …").
  if (word.includes('.')) return opener;
  return true;
}

/** Sentence ranges inside one line: breaks after . ! ? … plus closing quotes, before a capital or digit. */
function splitLine(text: string, start: number, end: number, out: Span[]): void {
  let sentStart = start;
  let i = start;
  while (i < end) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') {
      i++;
      continue;
    }
    let j = i;
    while (j < end && '.!?…'.includes(text[j]!)) j++;
    const lonePeriod = ch === '.' && j === i + 1;
    while (j < end && CLOSERS.includes(text[j]!)) j++;
    if (j < end && !isSpace(text[j])) {
      i = j;
      continue;
    }
    let k = j;
    while (k < end && isSpace(text[k])) k++;
    if (k >= end) break;
    let w = k;
    while (w < end && OPENERS_PUNCT.includes(text[w]!)) w++;
    const next = NEXT_WORD.exec(text.slice(w, Math.min(end, w + 40)))?.[0] ?? '';
    if (isUpperOrDigit(text[w]) && (!lonePeriod || acceptsPeriodBreak(text, i, next))) {
      out.push([sentStart, j]);
      sentStart = k;
    }
    i = j;
  }
  let e = end;
  while (e > sentStart && isSpace(text[e - 1])) e--;
  if (e > sentStart) out.push([sentStart, e]);
}

/**
 * Splits `text` into sentence spans (trimmed, offsets into `text`). A sentence never crosses a line break,
 * because scraped news often has one sentence or headline per line; abbreviations, initials, decimals,
 * "26/11" and quotes closing after the period stay inside their sentence.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = n;
    let s = lineStart;
    while (s < lineEnd && isSpace(text[s])) s++;
    if (s < lineEnd) splitLine(text, s, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

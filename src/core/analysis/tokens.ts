import type { Span } from '../model/analysis';
import { isSpace, startsWithLetter } from './chars';

/** A word or punctuation token with its offsets and the flags the entity rules need. */
export type Token = {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Starts with a capital letter (or is a dotted acronym like "U.S."). */
  readonly cap: boolean;
  /** Starts with a letter: a word, not a number, mark or punctuation. */
  readonly word: boolean;
  /** First word of its sentence, or inside a headline-case line: a capital here is no evidence of a name. */
  weak: boolean;
  /** Inside a headline-case line, where every word is capitalised. */
  headline: boolean;
  readonly sentence: number;
};

export const TOKEN_RE =
  /(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Capt|Sgt|Gov|Sen|Rep|Rev|St|Maj|Jr|Sr|Supt|Insp|Inc|Ltd|Corp)\.|(?:\p{L}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’](?!s\b)\p{L}+|-(?:(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+))*|\d+(?:[.,:/]\d+)*|\S/uy;
const SMALL_WORDS = new Set(
  'a an the and or of in on at to for by with from as is are was were be has have its it'.split(' '),
);
// No small word is longer than this, and lower-casing never shortens a word: longer words need no lookup.
const SMALL_WORD_MAX = Math.max(...[...SMALL_WORDS].map((w) => w.length));
const CAPITALISED = /^(?:(?:pro|anti)-)?\p{Lu}/u;
const SENTENCE_END = /[.!?"”]$/;

/** `CAPITALISED.test(word)`, with most ASCII words decided by their first letter. */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  // Lower-case words other than "pro-…" and "anti-…".
  if (c >= 97 && c <= 122 && c !== 97 && c !== 112) return false;
  return CAPITALISED.test(word);
}

/**
 * Where TOKEN_RE's match at `at` ends when it is a plain ASCII word or number (letters and digits, or digits,
 * followed by a character that cannot extend it); -1 when the pattern must decide ("Mr.", "U.S.", "don't",
 * "well-known", "3.5", "café"). Most tokens are plain, and this costs a fraction of a match.
 */
function plainEnd(slice: string, at: number): number {
  const first = slice.charCodeAt(at);
  const letter = (first >= 97 && first <= 122) || (first >= 65 && first <= 90);
  if (!letter && !(first >= 48 && first <= 57)) return -1;
  let i = at + 1;
  let c = 0;
  for (; i < slice.length; i++) {
    c = slice.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (letter && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90))))) break;
  }
  if (i === slice.length) return i;
  // A word goes on through a mark, letter or digit beyond ASCII, an apostrophe or a hyphen, or is an
  // abbreviation before a dot; a number goes on through . , : /
  if (c >= 128 || c === 46 || (letter ? c === 39 || c === 45 : c === 44 || c === 58 || c === 47)) return -1;
  return i;
}

/** Whether the tokens from `first` on, one line's, are headline case: three or more words, nearly all capitalised. */
function isHeadlineCase(tokens: readonly Token[], first: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = first; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || (t.text.length <= SMALL_WORD_MAX && SMALL_WORDS.has(t.text.toLowerCase()))) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps / words >= 0.75;
}

/** Tokenises each sentence and marks sentence starts and headline-case lines as weak evidence. */
export function tokenize(text: string, sentences: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  sentences.forEach(([s, e], index) => {
    const slice = text.slice(s, e);
    const first = tokens.length;
    // No token starts with a space and any other character starts one (the pattern ends in \S): skip the
    // spaces, then match right there. `test` with a sticky pattern makes no match array.
    let at = 0;
    for (;;) {
      while (isSpace(slice[at])) at++;
      if (at >= slice.length) break;
      let end = plainEnd(slice, at);
      const plain = end >= 0;
      if (!plain) {
        TOKEN_RE.lastIndex = at;
        if (!TOKEN_RE.test(slice))
          throw new Error('The token pattern must match at every non-space character');
        end = TOKEN_RE.lastIndex;
      }
      const word = slice.slice(at, end);
      const c = slice.charCodeAt(at);
      tokens.push({
        start: s + at,
        end: s + end,
        text: word,
        // A plain token has no hyphen ("pro-…"): its first character decides.
        cap: plain ? c >= 65 && c <= 90 : isCapitalised(word),
        word: plain ? c >= 65 : startsWithLetter(word),
        weak: false,
        headline: false,
        sentence: index,
      });
      at = end;
    }
    // A sentence that ends like one is no headline, whatever its capitals.
    const headline = !SENTENCE_END.test(slice) && isHeadlineCase(tokens, first);
    for (let i = first; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (headline) t.weak = t.headline = true;
      else if (t.word) {
        t.weak = true;
        break;
      }
    }
    if (!headline) markAfterDateline(tokens, first);
  });
  return tokens;
}

const DASH = /^[—–-]$/;
// A dateline is a place, perhaps a date and a credit: a few tokens, none of them a lower-case word.
const DATELINE_TOKENS = 16;

/**
 * "MUMBAI, Dec 3 (PTI) — The court…", "SANTIAGO (Andes Wire) - Rescue teams…": the story starts after the
 * dateline's dash, so the capital of the word there is a sentence start's, no evidence of a name.
 */
function markAfterDateline(tokens: Token[], first: number): void {
  const dash = datelineDash(tokens, first);
  if (dash >= 0 && tokens[dash + 1]!.word) tokens[dash + 1]!.weak = true;
}

/** The index of the dash that ends a dateline opening a sentence at token `first`, or -1 when none does. */
export function datelineDash(tokens: readonly Token[], first: number): number {
  if (!tokens[first]?.cap) return -1;
  const last = Math.min(tokens.length - 1, first + DATELINE_TOKENS);
  for (let i = first + 1; i < last; i++) {
    const t = tokens[i]!;
    if (t.word && !t.cap) return -1;
    if (DASH.test(t.text)) return i;
  }
  return -1;
}

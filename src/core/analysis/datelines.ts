// Wire and newspaper datelines opening a story ("KISUMU, Kenya, March 3 (Reuters) -", "SÃO PAULO —",
// "KUALA TERENGGANU:"): the place they name, and where the story's own sentence starts.
import { PLACES } from './lexicon/places';
import {
  COMMON,
  FIRST_NAME,
  listedBits,
  ORG_BITS,
  overrule,
  PLACE_BITS,
  type Sentence,
} from './name-sentence';
import type { TaggerModel } from './tagger/model';
import { datelineDash, type Token } from './tokens';

/**
 * Where the story's own sentence starts after a wire dateline ("BRUSSELS, June 18 - The European Commission
 * fined…"), or -1 when the sentence opens with none. That part is tagged as a sentence of its own, as the model
 * saw sentences in training, not as words deep inside a sentence behind a dash, where it missed the name
 * opening the story.
 */
export function storyAfterDateline(text: string, tokens: readonly Token[], a: number, b: number): number {
  let place = a;
  while (place < b && tokens[place]!.cap) place++;
  // A place, then a comma or a credit in brackets: "Coca - Cola" and "Obama - who" are no datelines.
  if (place === a || place === b) return -1;
  const mark = tokens[place]!.text;
  if (mark !== ',' && mark !== '(' && !placeBeforeDash(text, tokens, a, place)) return -1;
  const dash = tokens[a]!.headline ? -1 : datelineDash(tokens, a);
  return dash < 0 || dash + 1 >= b ? -1 : dash + 1;
}

/** The tagger's tags for `tokens[a..b)`, the dateline `[a, story)` and the story's sentence tagged apart. */
export function tagAroundDateline(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  story: number,
  tagger: TaggerModel,
): Uint8Array {
  const tags = new Uint8Array(b - a);
  tags.set(tagger.tagSentence(text, tokens, a, story));
  tags.set(tagger.tagSentence(text, tokens, story, b), story - a);
  return tags;
}

const UPPER_WORD = /^\p{Lu}[\p{Lu}'’.-]+$/u;
// The capitals after a word's first letter; a lookbehind, as \B is ASCII-only and would split "SÃO".
const WORD_TAIL = /(?<=\p{L})\p{Lu}+/gu;

/** A name written in capitals as a text writes it: "SAN JOSE" → "San Jose", "SÃO PAULO" → "São Paulo". */
export function capitalsAsWritten(surface: string): string {
  return surface.replace(WORD_TAIL, (tail) => tail.toLowerCase());
}

const ACCENTS = /\p{M}/gu;

/**
 * "SÃO PAULO — Brazil's Supreme Court…": capitals right before a dateline's dash, with no comma or date, that
 * spell a listed place (accents aside). Only a listed place: "BREAKING — Police said" has no dateline.
 */
function placeBeforeDash(text: string, tokens: readonly Token[], a: number, end: number): boolean {
  if (datelineDash(tokens, a) !== end) return false;
  for (let k = a; k < end; k++) if (!UPPER_WORD.test(tokens[k]!.text)) return false;
  const name = capitalsAsWritten(text.slice(tokens[a]!.start, tokens[end - 1]!.end));
  const entry = PLACES.get(name) ?? PLACES.get(name.normalize('NFD').replace(ACCENTS, ''));
  return entry?.type === 'PLACE';
}
const DATELINE_END = /^(?::|—|–|-|--)$/;
const MAX_CITY_WORDS = 3;

/** The end of the run of capitalised words from `from` (at most `max` of them). */
function capitalisedWordsEnd(tokens: readonly Token[], from: number, b: number, max = b - from): number {
  let end = from;
  while (end < b && end - from < max && tokens[end]!.cap && tokens[end]!.word) end++;
  return end;
}

/**
 * A dateline in title case naming a town in a listed state or country, whatever the model made of a town
 * named like a person: "Jackson, Mississippi:" on a line of its own or before a dash, or "Margao (Goa)
 * [India]: After…" opening the story.
 */
function townInState(s: Sentence, a: number, b: number): boolean {
  const { tokens } = s;
  const mark = capitalisedWordsEnd(tokens, a, b, MAX_CITY_WORDS);
  const bracketed = tokens[mark]?.text === '(';
  if (mark === a || (!bracketed && tokens[mark]?.text !== ',') || (bracketed && mark - a > 2)) return false;
  // A comma dateline's line is short, or ends at a dash: most sentences are ruled out before any look-up.
  if (!bracketed && b - a > 8 && datelineDash(tokens, a) < 0) return false;
  const end = capitalisedWordsEnd(tokens, mark + 1, b);
  if (end === mark + 1 || !(listedBits(s, mark + 1, end) & PLACE_BITS)) return false;
  if (bracketed) {
    if (tokens[end]?.text !== ')') return false;
  } else if ((end < b && !DATELINE_END.test(tokens[end]!.text)) || (end < b - 1 && tokens[end]!.text === ':'))
    return false;
  overrule(s, a, mark, [{ start: tokens[a]!.start, end: tokens[mark - 1]!.end, type: 'PLACE' }]);
  return true;
}

/**
 * "LILONGWE, Oct 2 —", "SAN JOSE, Calif., Nov 19 (Meridian Wire) —": the capitals that open a wire dateline
 * name the place the story was filed from, whatever the model made of words it rarely sees in capitals.
 */
export function datelinePlace(s: Sentence, a: number, b: number): void {
  const { tokens } = s;
  if (townInState(s, a, b)) return;
  let end = a;
  while (end < b && UPPER_WORD.test(tokens[end]!.text)) end++;
  if (end === a || end === b) return;
  const mark = tokens[end]!.text;
  const dateline =
    mark === ',' || mark === '('
      ? datelineDash(tokens, a) >= 0
      : placeBeforeDash(s.text, tokens, a, end) || capitalsBeforeMark(s, a, end);
  if (!dateline) return;
  overrule(s, a, end, [{ start: tokens[a]!.start, end: tokens[end - 1]!.end, type: 'PLACE' }]);
}

const MAX_DATELINE_WORDS = 3;
// Kickers the common words miss, and days and months ("SUNDAY -").
const KICKER_WORDS =
  /^(?:INFOGRAPHIC|FACTBOX|EXPLAINER|PODCAST|GALLERY|SNAPSHOT|TIMELINE|WRAPUP|RPT|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)$/;
// Common words that open or end place names ("SAN CRISTÓBAL", "PORT MORESBY").
const PLACE_NAME_WORDS: ReadonlySet<string> = new Set(
  'SAN SANTA SANTO SAINT ST PORT FORT NEW MOUNT LAKE CAPE BAY CITY EL LA LAS LOS LE DE DEL DO DA'.split(' '),
);

/**
 * "KUALA TERENGGANU: The state assembly…", "PUERTO MONTT — Salmon farmers…": a paragraph opened by a few
 * words in capitals, then a colon or a dash and the story's sentence, is a dateline though the place is
 * listed nowhere. A kicker ("UPDATE:", "EXCLUSIVE —", "FACT CHECK:", "INFOGRAPHIC:") is common words, a
 * known organisation or a person's name, and a line all in capitals is a heading.
 */
function capitalsBeforeMark(s: Sentence, a: number, end: number): boolean {
  const { tokens, text } = s;
  const first = tokens[a]!;
  if (end - a > MAX_DATELINE_WORDS || first.headline || !DATELINE_END.test(tokens[end]!.text)) return false;
  if (!tokens[end + 1]?.cap || !/\p{Ll}/u.test(text.slice(tokens[end + 1]!.start, tokens.at(-1)!.end)))
    return false;
  if (!/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, first.start - 8), first.start))) return false;
  // "PS -", "FYI:", "RE:" open a note, not a story.
  if (end === a + 1 && first.text.length < 4) return false;
  for (let k = a; k < end; k++) {
    const word = tokens[k]!.text;
    if (!/^\p{Lu}{2,}$/u.test(word)) return false;
    if (KICKER_WORDS.test(word)) return false;
    if (!PLACE_NAME_WORDS.has(word) && s.tagger.listedWord(word) & (COMMON | ORG_BITS | FIRST_NAME))
      return false;
  }
  return true;
}

// The sentence the name rules work on, and the helpers each of their modules needs.
import type { EntityType } from '../model/analysis';
import { gazetteerBit, PERSON_NAME_BITS } from './tagger/gazetteer';
import type { TaggerModel } from './tagger/model';
import type { Token } from './tokens';

/** A name the tagger found, as character offsets, before canonical forms are chosen. */
export type NameSpan = { start: number; end: number; type: EntityType };

/** One sentence's tokens and the names found in it so far, which each rule may overrule. */
export type Sentence = { text: string; tokens: readonly Token[]; tagger: TaggerModel; out: NameSpan[] };

export const COMMON = gazetteerBit('common');
export const DEMONYM_BITS = gazetteerBit('demonym');
export const ORG_BITS = gazetteerBit('org') | gazetteerBit('team');
export const PLACE_BITS = gazetteerBit('place');
export const FIRST_NAME = gazetteerBit('first');
/** Every kind of name the gazetteer lists: a person's, an organisation's, a place's, a people's. */
const NAME_BITS = PERSON_NAME_BITS | ORG_BITS | PLACE_BITS | DEMONYM_BITS;

/** A word without the full stop of an abbreviation ("Gen." → "Gen"). */
export function bare(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** A capitalised word the gazetteer lists as a common word and as no kind of name. */
export function isCommonNoun(s: Sentence, t: Token): boolean {
  const bits = s.tagger.listedWord(t.text);
  return (bits & COMMON) !== 0 && (bits & NAME_BITS) === 0;
}

/** A word the gazetteer lists as some kind of name. */
export function isListedName(s: Sentence, t: Token): boolean {
  return (s.tagger.listedWord(t.text) & NAME_BITS) !== 0;
}

/** Puts `names` in place of every name the model found over tokens [from, to). */
export function overrule(s: Sentence, from: number, to: number, names: readonly NameSpan[]): void {
  const start = s.tokens[from]!.start;
  const end = s.tokens[to - 1]!.end;
  s.out = s.out.filter((n) => n.end <= start || n.start >= end);
  s.out.push(...names);
}

const APOSTROPHE = /['’]/;
const APOSTROPHES = /['’]/g;

/** The gazetteer bits of tokens[x..y) as one phrase, apostrophes dropped ("McDonald's" → "mcdonalds"). */
export function listedBits(s: Sentence, x: number, y: number): number {
  if (y === x + 1) {
    const bits = s.tagger.listedWord(s.tokens[x]!.text);
    if (bits || !APOSTROPHE.test(s.tokens[x]!.text)) return bits;
  }
  const phrase = s.text.slice(s.tokens[x]!.start, s.tokens[y - 1]!.end).toLowerCase();
  const bits = s.tagger.listed(phrase);
  return bits || !APOSTROPHE.test(phrase) ? bits : s.tagger.listed(phrase.replace(APOSTROPHES, ''));
}

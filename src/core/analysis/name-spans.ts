import type { EntityType } from '../model/analysis';
import { PLACES, type PlaceEntry } from './lexicon/places';
import { TITLES } from './lexicon/words';
import type { TaggerModel } from './tagger/model';
import { TAGS } from './tagger/tags';
import type { Token } from './tokens';

/** A name the tagger found, as a token range, before canonical forms are chosen. */
export type NameSpan = { start: number; end: number; type: EntityType };

const CLASS_TYPE: Readonly<Record<string, EntityType | null>> = {
  PER: 'PERSON',
  ORG: 'ORG',
  LOC: 'PLACE',
  NORP: 'GROUP',
  MISC: null,
};
// "Alto-based", "Paris-born": a place glued to a descriptor. The name stops at the hyphen.
const DESCRIPTOR_TAIL = /^(.*\p{L})-\p{Ll}+$/u;

/** The two places a word like "India-US" joins, or null. */
function placePair(word: string): [PlaceEntry, PlaceEntry, number] | null {
  const dash = word.indexOf('-');
  if (dash <= 0 || word.indexOf('-', dash + 1) >= 0) return null;
  const left = PLACES.get(word.slice(0, dash));
  const right = PLACES.get(word.slice(dash + 1));
  return left && right ? [left, right, dash] : null;
}

function bare(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/**
 * Names in one sentence `tokens[a..b)` from the tagger's IOB2 tags, with the rules that beat the model:
 * titles never open a person's name, "India-US" is two places, "Palo Alto-based HP" names a place and an
 * organisation, and a lexicon demonym or group the model left untyped (or called MISC) is a GROUP.
 */
export function tagNames(text: string, tokens: readonly Token[], a: number, b: number, tagger: TaggerModel): NameSpan[] {
  const tags = tagger.tagSentence(text, tokens, a, b);
  const out: NameSpan[] = [];
  const push = (x: number, y: number, type: EntityType): void => {
    if (y > x) out.push({ start: tokens[x]!.start, end: tokens[y - 1]!.end, type });
  };
  let i = a;
  while (i < b) {
    const tag = TAGS[tags[i - a]!]!;
    let j = i + 1;
    while (j < b && TAGS[tags[j - a]!]!.startsWith('I-')) j++;
    const type = tag === 'O' ? null : CLASS_TYPE[tag.slice(2)]!;
    if (type === null) addUntyped(text, tokens, i, j, out);
    else addName(tokens, i, j, type, push, out);
    i = j;
  }
  return out;
}

/** Tokens the model left untyped or called MISC: only lexicon groups and place pairs come out of them. */
function addUntyped(text: string, tokens: readonly Token[], a: number, b: number, out: NameSpan[]): void {
  const whole = PLACES.get(text.slice(tokens[a]!.start, tokens[b - 1]!.end));
  if (b - a > 1 && whole?.type === 'GROUP') {
    out.push({ start: tokens[a]!.start, end: tokens[b - 1]!.end, type: 'GROUP' });
    return;
  }
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (!t.cap) continue;
    const pair = placePair(t.text);
    if (pair) {
      out.push({ start: t.start, end: t.start + pair[2], type: pair[0].type });
      out.push({ start: t.start + pair[2] + 1, end: t.end, type: pair[1].type });
    } else if (PLACES.get(t.text)?.type === 'GROUP') out.push({ start: t.start, end: t.end, type: 'GROUP' });
  }
}

function addName(
  tokens: readonly Token[],
  a: number,
  b: number,
  type: EntityType,
  push: (x: number, y: number, type: EntityType) => void,
  out: NameSpan[],
): void {
  let x = a;
  if (type === 'PERSON') while (x < b - 1 && TITLES.has(bare(tokens[x]!.text))) x++;
  for (let k = x; k < b; k++) {
    const t = tokens[k]!;
    const pair = placePair(t.text);
    const glued = pair ? null : DESCRIPTOR_TAIL.exec(t.text);
    if (!pair && !glued) continue;
    if (pair) {
      push(x, k, type);
      out.push({ start: t.start, end: t.start + pair[2], type: pair[0].type });
      out.push({ start: t.start + pair[2] + 1, end: t.end, type: pair[1].type });
    } else if (k < b - 1) {
      // "Palo Alto-based HP": what precedes the descriptor is a place, the name is what follows.
      out.push({ start: tokens[x]!.start, end: t.start + glued![1]!.length, type: 'PLACE' });
    } else continue;
    x = k + 1;
  }
  push(x, b, type);
}

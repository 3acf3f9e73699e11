// The speaker rules' shared ground: what they look at, and the entities and titles around a cue.
import type { AttributionKind, Entity, Speaker } from '../../model/analysis';
import { ROLE_NOUNS, TITLES } from '../lexicon/titles';
import { partitionPoint } from '../partition-point';
import type { PronounResolver } from './pronouns';

/** A speaker found next to a cue, and the kind of source it is. */
export type FoundSpeaker = Readonly<{ speaker: Speaker | null; kind: AttributionKind }>;

/** What the speaker rules look at: the text, its entities (sorted, not overlapping) and the pronoun resolver. */
export type SpeakerContext = Readonly<{
  text: string;
  entities: readonly Entity[];
  resolvePronoun: PronounResolver;
}>;

export const DETERMINER =
  /^(?:an?|the|one|two|three|four|five|several|some|many|other|its|their|his|her)\s+/i;
export const speaking = (e: Entity) => e.type === 'PERSON' || e.type === 'ORG' || e.type === 'PLACE';

export function entityKind(e: Entity): AttributionKind {
  return e.type === 'PERSON' ? 'person' : 'organisation';
}

export function entitySpeaker(e: Entity, start = e.start, end = e.end, text = e.text): Speaker {
  return { start, end, canonical: e.canonical, text };
}

/** The entity that ends exactly at `end`, if any. */
export function entityEndingAt(entities: readonly Entity[], end: number): Entity | undefined {
  const k = partitionPoint(entities.length, (i) => entities[i]!.end < end);
  const e = entities[k];
  return e && e.end === end ? e : undefined;
}

/** Whether `span` is exactly one of the entities (a name), not a phrase around or inside one. */
export function isEntitySpan(
  entities: readonly Entity[],
  span: Readonly<{ start: number; end: number }>,
): boolean {
  return entityEndingAt(entities, span.end)?.start === span.start;
}

/** The entity that starts exactly at `start`, if any. */
export function entityStartingAt(entities: readonly Entity[], start: number): Entity | undefined {
  const k = partitionPoint(entities.length, (i) => entities[i]!.start < start);
  const e = entities[k];
  return e && e.start === start ? e : undefined;
}

// Each text's organisations by the lower-case words of their names (entity indexes, ascending), made on the
// first "the ministry" of the text: scanning back through every entity for each one was quadratic.
const orgsByWord = new WeakMap<readonly Entity[], Map<string, number[]>>();

function orgWordIndex(entities: readonly Entity[]): Map<string, number[]> {
  let index = orgsByWord.get(entities);
  if (!index) {
    index = new Map();
    for (const [k, e] of entities.entries()) {
      if (e.type !== 'ORG') continue;
      for (const word of new Set(e.text.toLowerCase().split(/\s+/))) {
        const list = index.get(word);
        if (list) list.push(k);
        else index.set(word, [k]);
      }
    }
    orgsByWord.set(entities, index);
  }
  return index;
}

// The words in a name that make it what "the company", "the agency" or "the union" refers back to: "Siam
// Pharmatech Co", "the Food and Drug Administration", "the Firefighters Association".
const COMPANY_WORDS = 'company co corp corporation inc ltd plc llc bhd tbk gmbh ag holdings'.split(' ');
const REFERS_TO: ReadonlyMap<string, readonly string[]> = new Map([
  ['company', COMPANY_WORDS],
  ['firm', COMPANY_WORDS],
  ['agency', ['agency', 'administration', 'authority', 'bureau']],
  ['union', ['union', 'association', 'federation', 'guild']],
]);

/**
 * "the ministry" after "the Ministry of Energy": the last organisation before `at` whose name has `noun`;
 * `definite` ("the company"), or whose name says it is one ("Siam Pharmatech Co").
 */
export function priorOrgNamed(
  ctx: SpeakerContext,
  noun: string,
  at: number,
  definite = false,
): Entity | undefined {
  const index = orgWordIndex(ctx.entities);
  const head = noun.toLowerCase();
  const before = partitionPoint(ctx.entities.length, (i) => ctx.entities[i]!.end <= at);
  let last = -1;
  for (const word of (definite && REFERS_TO.get(head)) || [head]) {
    const list = index.get(word);
    if (!list) continue;
    const j = partitionPoint(list.length, (i) => list[i]! < before) - 1;
    if (j >= 0) last = Math.max(last, list[j]!);
  }
  return last >= 0 ? ctx.entities[last] : undefined;
}

// How far back the holder of a title is looked for, and how near the title must stand to the name.
const TITLE_REACH = 3000;
const TITLE_WINDOW = 40;

/**
 * The last person before `at` whom the text gave the title `title` ("Minister"): right before their name
 * ("Minister of Roads Aivar Lepp") or in a closed apposition after it ("Lepp, the minister of roads,").
 */
export function titledPerson(ctx: SpeakerContext, title: string, at: number): Entity | undefined {
  const { text, entities } = ctx;
  const head = title.toLowerCase();
  // The title stands right before the name, or in an apposition right after it; never in the words that
  // follow the name up to this speaker ("Segun Ade, his aide, said the Minister…" names no minister).
  // Only a portfolio's words and a comma may come between ("Minister of Roads Aivar Lepp", "The Minister of
  // Roads, Aivar Lepp"): after "Judge Thomas Averill said Halloway …" Halloway is no judge.
  const either = `(?:${head}|${head[0]!.toUpperCase()}${head.slice(1)})`;
  const titled = new RegExp(`\\b${either}\\b(?:\\s+(?:of|for|the|and|\\p{Lu}[\\p{L}.'’-]*))*,?\\s*$`, 'u');
  // Closed by a comma or full stop ("Ade, the minister of roads, said"): after "Ade, the minister said" the
  // minister is the subject of another clause.
  const apposed = new RegExp(
    `^,\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}${head}(?:\\s+(?:of|for)\\s+[^,.;]{1,40})?\\s*[,.)]`,
    'iu',
  );
  for (let k = partitionPoint(entities.length, (i) => entities[i]!.end <= at) - 1; k >= 0; k--) {
    const e = entities[k]!;
    if (at - e.end > TITLE_REACH) break;
    if (e.type !== 'PERSON') continue;
    const before = text.slice(Math.max(0, e.start - TITLE_WINDOW), e.start);
    const after = text.slice(e.end, Math.min(at, e.end + TITLE_WINDOW));
    if (titled.test(before) || apposed.test(after)) return e;
  }
  return undefined;
}

// Titles between an inverted cue and the name: "said Dr. Halima Ouédraogo", "said Defence Minister Ana Ruiz".
const TITLE_WORD = /^\s*(\p{L}[\p{L}-]*)\.?/u;
const MAX_TITLE_WORDS = 4;
/** The start of the name after any titles from `at` ("Dr. ", "Defence Minister "), or `at` when none. */
export function pastTitles(text: string, at: number, limit: number): number {
  let start = at;
  for (let k = 0; k < MAX_TITLE_WORDS; k++) {
    const m = TITLE_WORD.exec(text.slice(start, limit));
    // "Defence Minister", "opposition leader": capitalised titles and lower-case roles.
    // "dr. Nurhayati Salam": a title's abbreviation in lower case, as some outlets write it.
    const abbreviation = m?.[0].endsWith('.') ? m[1]![0]!.toUpperCase() + m[1]!.slice(1) : '';
    if (!m || !(TITLES.has(m[1]!) || ROLE_NOUNS.has(m[1]!) || TITLES.has(abbreviation))) break;
    start += m[0].length;
  }
  return start + (/^\s+/.exec(text.slice(start, limit))?.[0].length ?? 0);
}

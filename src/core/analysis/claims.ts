import type {
  Attribution,
  AttributionKind,
  Claim,
  Entity,
  NumberMention,
  Quote,
  Span,
} from '../model/analysis';
import { splitsIntoAtLeast } from './chars';
import { numbersBySentence } from './numbers';
import { anyOf, firstMatch, type PatternList } from './pattern-list';
import { partitionPoint } from './partition-point';

const SAY =
  '(?:said|says|say|told(?: [a-z]+)?|added|stated|noted|claimed|indicated|confirmed|announced|revealed)';
const ATTRIBUTIONS: PatternList<AttributionKind> = [
  [
    new RegExp(
      `\\b(?:(?:[Ii]nformed |[Oo]fficial |[Ii]ntelligence |[Ss]ecurity |[Gg]overnment |[Pp]olice )?[Ss]ources(?: close to [a-z ]+?| in [a-z ]+?)? ${SAY}|[Pp]eople (?:familiar|aware) with the (?:matter|development|plans?|talks|discussions|case)(?: ${SAY})?|[Ii]t is (?:learnt|learned|understood)|[Aa]ccording to (?:[a-z]+ )?sources|[Aa] source ${SAY}|on condition of anonymity|(?:[Dd]iplomats|[Aa]nalysts|[Ee]xperts|[Ww]itnesses|[Rr]esidents)(?: in [A-Z][a-z]+)? ${SAY})`,
    ),
    'anonymous',
  ],
  [
    new RegExp(
      `\\b(?:[Aa]ccording to (?:media |news |local |press |unconfirmed )?reports?|(?:[Mm]edia|[Nn]ews|[Pp]ress|[Ll]ocal) reports? (?:said|say|suggested|suggest|claimed)|[Rr]eports? (?:said|say|suggested|suggest)|[Ii]t was reported|${SAY} on its website)`,
    ),
    'report',
  ],
  [
    new RegExp(
      `\\b(?:(?:[Aa]n? |[Tt]he )?(?:official|joint|government|ministry|police|press) statement ${SAY}|[Tt]he statement ${SAY}|(?:[Ss]enior |[Gg]overnment |[Pp]olice )?[Oo]fficials ${SAY}|[Aa]n official ${SAY}|[Aa]ccording to (?:an? |the )?(?:official statement|statement|officials)|[Aa] (?:government |ministry |police )?spokesperson ${SAY})`,
    ),
    'official',
  ],
  [
    new RegExp(
      `\\b(?:[Tt]he )?[Pp]olice ${SAY}|\\b[Tt]he (?:ministry|department|agency|company|government|police|embassy|court|army|commission|council|firm|bureau|university|party|committee|board) ${SAY}`,
    ),
    'organisation',
  ],
];
const ANY_ATTRIBUTION = anyOf(ATTRIBUTIONS);
const TERMINATED = /[.!"”’']$/;
// Explicit hedges outrank modal verbs when a sentence has both ("it is learnt … may").
const HEDGE_RE =
  /\b(?:(?:is|are|was|were) believed to|(?:is|are|was|were) said to|(?:is|are|was|were) thought to|it is learnt|allegedly|alleged|reportedly|purportedly|apparently|suspected|unconfirmed)\b/i;
const MODAL_HEDGE_RE = /\b(?:possibly|possibility|likely|unlikely|may|might|could)\b/i;
const BOILERPLATE =
  /\b(?:copyright|all rights reserved|subscribe|click here|read more|also read|follow us|sign up|newsletter|cookies?|advertisement|download the app)\b|©/i;
const OPINION_START = /^(?:I|We) (?:think|believe|feel|hope)\b|^(?:In my|Personally)\b/;
const ENTITY_SAY = new RegExp(`^\\s*,?\\s*(?:who |which )?${SAY}\\b`);
const APPOSITION_SAY = new RegExp(`^, [^,]{3,80}, ${SAY}\\b`);
const SAY_ENTITY = new RegExp(`\\b${SAY}\\s*$`);
const ACCORDING_TO = /according to\s+$/i;

/** Finds who a sentence is attributed to: phrase patterns first, then a named speaker next to a verb of saying. */
function findAttribution(text: string, span: Span, entities: readonly Entity[]): Attribution | null {
  const [s, e] = span;
  const sentence = text.slice(s, e);
  const phrase = firstMatch(ATTRIBUTIONS, ANY_ATTRIBUTION, sentence);
  if (phrase) {
    const [m, kind] = phrase;
    return { start: s + m.index, end: s + m.index + m[0].length, kind, text: m[0] };
  }
  // A named person is the likelier speaker: people first, then organisations and places, each in text order.
  for (const ent of entities) {
    const found = ent.type === 'PERSON' ? attributionTo(text, span, ent) : null;
    if (found) return found;
  }
  for (const ent of entities) {
    const found = ent.type === 'ORG' || ent.type === 'PLACE' ? attributionTo(text, span, ent) : null;
    if (found) return found;
  }
  return null;
}

/** The attribution to `ent` in the sentence `[s, e)`, when a verb of saying stands next to it. */
function attributionTo(text: string, [s, e]: Span, ent: Entity): Attribution | null {
  if (ent.start < s || ent.end > e) return null;
  const kind: AttributionKind = ent.type === 'PERSON' ? 'person' : 'organisation';
  const after =
    ENTITY_SAY.exec(text.slice(ent.end, e)) ??
    (ent.type === 'PERSON' ? APPOSITION_SAY.exec(text.slice(ent.end, e)) : null);
  if (after) {
    const end = ent.end + after[0].length;
    return { start: ent.start, end, kind, text: text.slice(ent.start, end) };
  }
  const before = SAY_ENTITY.exec(text.slice(Math.max(s, ent.start - 16), ent.start).trimEnd() + ' ');
  const acc = ACCORDING_TO.exec(text.slice(Math.max(s, ent.start - 14), ent.start));
  if (before || acc) {
    const start =
      ent.start - (before ? ent.start - Math.max(s, ent.start - 16) - before.index : acc![0].length);
    return { start, end: ent.end, kind, text: text.slice(start, ent.end) };
  }
  return null;
}

/** A speaker named right after a quote ("…," Lal said): entities starting within 24 characters of `end`. */
function speakerAfter(text: string, end: number, entities: readonly Entity[]): Entity | undefined {
  for (let k = partitionPoint(entities.length, (i) => entities[i]!.start < end); k < entities.length; k++) {
    const x = entities[k]!;
    if (x.start - end >= 24) return undefined;
    if (
      /^[,.]?\s*(?:\w+\s+)?$/.test(text.slice(end, x.start)) &&
      /\b(?:said|says|added|told)\b/.test(text.slice(end, x.end + 8)) &&
      (x.type === 'PERSON' || x.type === 'ORG')
    )
      return x;
  }
  return undefined;
}

/** A speaker named right before a quote (Lal said: "…"): entities ending within 24 characters of `start`. */
function speakerBefore(text: string, start: number, entities: readonly Entity[]): Entity | undefined {
  for (
    let k = partitionPoint(entities.length, (i) => start - entities[i]!.end >= 24);
    k < entities.length;
    k++
  ) {
    const x = entities[k]!;
    if (x.end > start) return undefined;
    if (
      /^\s*(?:said|says|added|told [^:"“]*)[:,]?\s*$/.test(text.slice(x.end, start)) &&
      (x.type === 'PERSON' || x.type === 'ORG')
    )
      return x;
  }
  return undefined;
}

/**
 * Direct quotations (“…” or "…") in `text`, each with its speaker when a verb of saying names one.
 * `entities` are sorted by start and do not overlap (as `findEntities` returns them), so their ends are
 * sorted too and each quote looks only at the entities near it.
 */
export function findQuotes(text: string, entities: readonly Entity[]): Quote[] {
  const quotes: Quote[] = [];
  const re = /“[^”\n]*”|"[^"\n]*"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length < 8) continue;
    const speaker = speakerAfter(text, end, entities) ?? speakerBefore(text, start, entities);
    quotes.push({ start, end, speaker: speaker ? speaker.canonical : null });
  }
  return quotes;
}

/**
 * The checkable sentences of `text`, with attribution, hedge cue, quotes and numbers. `numbers` are each
 * sentence's numbers, when the caller has them already.
 */
export function detectClaims(
  text: string,
  sentences: readonly Span[],
  entities: readonly Entity[],
  numbers: readonly (readonly NumberMention[])[] = numbersBySentence(text, sentences),
): Claim[] {
  const quotes = findQuotes(text, entities);
  const claims: Claim[] = [];
  let ei = 0;
  let qi = 0;
  for (const [index, span] of sentences.entries()) {
    const [s, e] = span;
    const sentence = text.slice(s, e);
    while (ei < entities.length && entities[ei]!.end <= s) ei++;
    let ej = ei;
    while (ej < entities.length && entities[ej]!.start < e) ej++;
    const own = entities.slice(ei, ej);
    const terminated = TERMINATED.test(sentence);
    const fewerThanFourWords = !splitsIntoAtLeast(sentence, 4);
    if (!terminated || sentence.endsWith('?') || fewerThanFourWords || BOILERPLATE.test(sentence)) continue;
    const attribution = findAttribution(text, span, own);
    if (OPINION_START.test(sentence) && !attribution) continue;
    const sentenceNumbers = numbers[index]!;
    const hedge = (HEDGE_RE.exec(sentence) ?? MODAL_HEDGE_RE.exec(sentence))?.[0] ?? null;
    if (!attribution && !hedge && sentenceNumbers.length === 0 && own.length === 0) continue;
    // Quotes do not overlap and sentences come in order, so the quotes before this sentence are done with.
    while (qi < quotes.length && quotes[qi]!.end <= s) qi++;
    let qj = qi;
    while (qj < quotes.length && quotes[qj]!.start < e) qj++;
    const inside = quotes.slice(qi, qj);
    claims.push({ start: s, end: e, attribution, hedge, quotes: inside, numbers: sentenceNumbers });
  }
  return claims;
}

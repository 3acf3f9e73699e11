// Who speaks next to a cue: the named or unnamed subject before it, or the name after an inverted one.
import type { AttributionKind, Entity, Speaker } from '../../model/analysis';
import { ANONYMITY_MARKS, INSTITUTION_NOUNS, SAYING_PARTICIPLES } from '../lexicon/speech';
import { POST_NOMINALS, ROLE_NOUNS, TITLES } from '../lexicon/titles';
import { COMPANY_DESCRIPTORS } from '../lexicon/words';
import { partitionPoint } from '../partition-point';
import {
  DETERMINER,
  speaking,
  entityKind,
  entitySpeaker,
  entityEndingAt,
  isEntitySpan,
  entityStartingAt,
  pastTitles,
  type FoundSpeaker,
  type SpeakerContext,
} from './speaker-context';
import {
  CLAUSE_WORDS,
  PREPOSITIONS,
  AGENT_NOUN,
  nounKind,
  phraseSpeaker,
  VERB,
  agentSpeaker,
  titleSpeaker,
} from './unnamed-speaker';

// Words between a speaker and the verb: "The government has repeatedly denied", "Leaders have long maintained",
// "Ruiz and Berg have both said".
const TRAILING_ADVERB =
  /\s+(?:also|later|further|then|separately|again|earlier|previously|recently|once|had|has|have|would|has also|had also|on \w+day|yesterday|today|tonight|long|always|never|both|all|since|already|still|repeatedly|publicly|privately|openly|consistently|flatly|firmly|strongly|angrily|initially|subsequently|formally|officially|jointly|categorically|vehemently|immediately|quickly|briefly|reportedly)$/i;
const PRONOUN = /(?:^|[\s,])(he|she|it)$/i;
// The comma of a figure ("which has 12,000 members") is no end of an apposition.
const APPOSITION = /,\s*((?:[^,"“”]|(?<=\d),(?=\d{3})){2,100}),$/;
// A few words that only describe ("Jordanian-born militant"): no verb or relative word that would make a clause.
const DESCRIBING_WORDS = /^(?:(?!(?:who|whose|which|that|whom)\s)[\p{L}-]+\s+(?:-\s+)?){1,4}$/u;
const OF_BEFORE = /\s(?:of|from|at|with|for)\s+(?:the\s+)?$/i;
// "of Lima-based consultancy Andina Capital": before an organisation, a few lower-case words (or an
// "X-based") may say what it is between "of" and its name.
const OF_DESCRIBED_BEFORE =
  /\s(?:of|from|at|with|for)\s+(?:the\s+)?(?:(?:\p{Ll}[\p{L}-]*|\p{Lu}[\p{L}.]*-based)\s+){0,3}$/u;
// An unnamed someone: a determiner or a count, then up to four lower-case words ("a senior engineer").
// Perhaps with where they are: "A factory manager in Gazipur, who asked not to be named, said".
const UNNAMED_PHRASE =
  /(?:^|\s)((?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:[\p{Ll}-]+\s+){0,3}\p{Ll}[\p{L}-]*(?:\s+(?:in|at|from|near|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?)\s*$/u;
// An unnamed someone opening the clause, then "who" and what they did, up to the cue.
const RELATIVE_SUBJECT =
  /^(\s*(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,3}\p{Ll}[\p{L}-]*)\s+who\s+[^,;:"“”()]{3,100}$/u;
const POST_NOMINAL_TAIL = new RegExp(`(?:,?\\s+(?:${[...POST_NOMINALS].join('|')}))+$`);
const LOCATIVE_BEFORE = /\b(?:in|at|near|across|throughout|inside|outside|on|along|off)\s+(?:the\s+)?$/i;
const CAPITALISED_RUN = /(?:^|\s)((?:\p{Lu}[\p{L}&.-]*\s?){1,4})$/u;
/**
 * The speaker whose phrase ends at `to` (the subject of a cue: "Ana Okafor said", "Okafor, the minister,
 * said", "a spokesperson for the Port Authority told", "she said"), looking no further left than `from`.
 */
export function speakerBefore(ctx: SpeakerContext, from: number, to: number, verb = ''): FoundSpeaker | null {
  const { text, entities } = ctx;
  let end = to;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  // Only the last words can be an adverb before the verb: the pattern ends at `end`, so a window of the longest
  // one's length finds what the whole clause would.
  for (let w = Math.max(from, end - 24), m = TRAILING_ADVERB.exec(text.slice(w, end)); m;) {
    end = w + m.index;
    w = Math.max(from, end - 24);
    m = TRAILING_ADVERB.exec(text.slice(w, end));
  }
  // "Kofi Mensah, 52, who farms near the river, said": the person before their age speaks.
  const age = AGE_AFTER_NAME.exec(text.slice(from, end));
  if (age && entityEndingAt(entities, from + age.index)?.type === 'PERSON') end = from + age.index;
  // "Edward Yau SC said": letters after the name are no part of who speaks.
  const c = text.charCodeAt(end - 1);
  const letters =
    c >= 65 && c <= 90 ? POST_NOMINAL_TAIL.exec(text.slice(Math.max(from, end - 24), end)) : null;
  if (letters) {
    const at = end - letters[0].length;
    if (entityEndingAt(entities, at)?.type === 'PERSON') end = at;
  }
  // "Doctors Without Borders (MSF) said": the name before its short form in brackets speaks.
  const alias = text[end - 1] === ')' ? BRACKETED_ALIAS.exec(text.slice(from, end)) : null;
  if (alias && alias.index > 0) end = from + alias.index;
  // "Fadnavis congratulated Deshmukh and said…", "Odinga criticised the deal, saying…": the subject of the
  // first verb says it. Nothing else before a participle does ("the deal" does not).
  if (SAYING_PARTICIPLES.has(verb)) return sentenceSubject(ctx, from, end);
  if (COORDINATED.test(text.slice(from, end))) {
    const subject = sentenceSubject(ctx, from, end);
    if (subject) return subject;
  }
  const clause = text.slice(from, end);
  const pronoun = PRONOUN.exec(clause);
  if (pronoun) {
    const at = end - pronoun[1]!.length;
    const resolved = ctx.resolvePronoun(pronoun[1]!, at);
    const word = pronoun[1]!;
    // "…," she said, after an unnamed witness spoke: the witness again, still unnamed.
    if (resolved && 'unnamed' in resolved)
      return {
        speaker: { start: at, end, canonical: resolved.canonical, text: word },
        kind: resolved.body ? 'organisation' : 'anonymous',
      };
    const named = resolved;
    const kind: AttributionKind = word.toLowerCase() === 'it' ? 'organisation' : 'person';
    // Unresolved, the pronoun still marks where the speaker is; its canonical is the pronoun itself.
    return {
      speaker: named
        ? entitySpeaker(named, at, end, word)
        : { start: at, end, canonical: word.toLowerCase(), text: word },
      kind: named ? entityKind(named) : kind,
    };
  }
  const apposition = APPOSITION.exec(clause);
  if (apposition) {
    const inner = speakerBefore(ctx, from, from + apposition.index, verb);
    if (ANONYMITY_MARKS.test(apposition[1]!)) {
      if (inner) return { ...inner, kind: 'anonymous' };
      // "A senior engineer, who spoke on condition of anonymity, said": whoever the words name, unnamed.
      const unnamed = UNNAMED_PHRASE.exec(text.slice(from, from + apposition.index));
      if (unnamed) {
        const start = from + unnamed.index + unnamed[0].indexOf(unnamed[1]!);
        const phrase = unnamed[1]!;
        return {
          speaker: {
            start,
            end: start + phrase.length,
            canonical: phrase.replace(DETERMINER, '').toLowerCase(),
            text: phrase,
          },
          kind: 'anonymous',
        };
      }
    }
    // "A ministry spokesman, Adita Irawati, said": the person named speaks, as the role says (officially);
    // "A local activist group, the Bara Resistance Committee, said": the organisation named speaks.
    const named = entityEndingAt(entities, end - 1);
    const at = from + apposition.index + apposition[0].indexOf(apposition[1]!);
    // The name may follow its titles ("…, Dr. Kwabena Asante-Boateng, announced").
    const whole =
      named &&
      (named.start === at ||
        (named.type === 'PERSON' && named.start === pastTitles(text, at, named.end)) ||
        (named.type === 'ORG' && /^the\s+$/i.test(text.slice(at, named.start))));
    // "The head of the Election Commission, Ana Ruiz, told reporters": the person named speaks for the body.
    if (inner && whole && named.type === 'PERSON' && inner.kind === 'organisation')
      return { speaker: entitySpeaker(named), kind: 'person' };
    if (inner?.speaker && whole && !isEntitySpan(entities, inner.speaker)) {
      // "The judge, Inés Rojas, said": the name given beats the holder of the title named earlier.
      if (named.type === 'PERSON' && inner.kind !== 'organisation' && inner.kind !== 'report')
        return { speaker: entitySpeaker(named), kind: inner.kind === 'official' ? 'official' : 'person' };
      // "Her publisher, Harbour Books, said": the organisation named speaks.
      if (named.type === 'ORG' && (inner.kind === 'organisation' || inner.kind === 'anonymous'))
        return { speaker: entitySpeaker(named), kind: 'organisation' };
    }
    // "The former head of the port authority, Lagos-born engineer Ada Obi, said": the apposition describes and
    // names the someone before it.
    if (
      (inner?.kind === 'anonymous' || inner?.kind === 'official') &&
      named?.type === 'PERSON' &&
      named.start > at &&
      DESCRIBING_WORDS.test(text.slice(at, named.start))
    )
      return { speaker: entitySpeaker(named), kind: 'person' };
    if (inner) return inner;
  }
  // "His lawyer, Ana Ruiz, said": the name in the apposition speaks.
  const named = entityEndingAt(entities, text[end - 1] === ',' ? end - 1 : end);
  // "Warnings … sent to cellphones in Alaska warned": a place after "in" is where, not who.
  // "controllers in Darmstadt, Germany, confirmed": the country after the town is where too.
  const located =
    named?.type === 'PLACE' &&
    (LOCATIVE_BEFORE.test(text.slice(Math.max(from, named.start - 8), named.start)) ||
      placeAfterPlace(ctx, named, from));
  if (named && named.start >= from && speaking(named) && !located) {
    // "Lena Moraes of the Coastal Institute said": the person, not the institute, speaks.
    const of = (named.type === 'ORG' ? OF_DESCRIBED_BEFORE : OF_BEFORE).exec(
      text.slice(Math.max(from, named.start - 60), named.start),
    );
    const owner = of ? speakerBefore(ctx, from, named.start - of[0].length, verb) : null;
    // "Vanessa Goh, founder of logistics start-up ParcelPath, which employs 45 people, said": the person whose
    // role at the organisation the words after her comma give.
    const role = of && !owner ? ROLE_AFTER_NAME.exec(text.slice(from, named.start - of[0].length)) : null;
    const holder = role ? entityEndingAt(entities, from + role.index) : undefined;
    if (holder?.type === 'PERSON') return { speaker: entitySpeaker(holder), kind: 'person' };
    // "Analysts at Goldman Sachs said": unnamed people of a named body speak as that body's.
    const staff = owner && named.type === 'ORG' ? withWorkplace(ctx, owner, named.end) : null;
    if (staff) return staff;
    // "Data from the National Bureau of Statistics show": the body speaks through its report.
    if (owner?.kind === 'report' && named.type === 'ORG')
      return { speaker: entitySpeaker(named), kind: 'report' };
    if (owner && (owner.kind === 'person' || named.type !== 'PERSON')) return owner;
    // "a statement issued by the Ministry of Energy and the Port Authority said": the statement speaks.
    const statement = phraseSpeaker(ctx, clauseStart(text, from, named.start), end);
    // "Minister for Health Declan Fitzmaurice said": a title with its portfolio, then its holder, who speaks.
    const titled =
      named.type === 'PERSON' &&
      /^\p{Lu}/u.test(named.text) &&
      statement?.speaker?.end === named.end &&
      TITLES.has(TITLE_WORD.exec(statement.speaker.text)?.[1] ?? '');
    // A report or an office speaks over the person ending it, not an unnamed noun: "Voice of Hope leader Radka
    // Horáková said" is the leader ("voice" is a speaker's noun in fiction).
    if (
      statement?.speaker &&
      !titled &&
      statement.speaker.start < named.start &&
      (statement.kind === 'report' || statement.kind === 'official' || named.type !== 'PERSON')
    )
      return statement;
    return { speaker: jointSpeaker(ctx, named, from) ?? entitySpeaker(named), kind: entityKind(named) };
  }
  // "A fisherman who attended the hearing said": someone described by a relative clause without commas.
  const relative = RELATIVE_SUBJECT.exec(text.slice(from, end));
  if (relative) {
    const headEnd = from + relative[1]!.length;
    const subject = phraseSpeaker(ctx, from, headEnd, true) ?? agentSpeaker(ctx, from, headEnd);
    if (subject?.speaker && subject.kind !== 'report') return subject;
  }
  const start = clauseStart(text, from, end);
  const phrase =
    phraseSpeaker(ctx, start, end) ?? titleSpeaker(ctx, start, end) ?? agentSpeaker(ctx, start, end);
  if (phrase?.speaker && phrase.kind === 'organisation')
    return memberOf(ctx, from, phrase.speaker, verb) ?? phrase;
  if (phrase) return phrase;
  // "A senior engineer at a Gdansk shipyard said": someone, then where they work.
  const workplace = WORKPLACE_TAIL.exec(text.slice(start, end));
  const member = workplace && memberOf(ctx, from, { start: end - workplace[1]!.length, end }, verb);
  if (member) return member;
  // "Bloomberg reported that…": a capitalised name the entity rules left untyped, reporting.
  const run = CAPITALISED_RUN.exec(text.slice(start, end));
  if (run && verb === 'reported')
    return {
      speaker: { start: end - run[1]!.length, end, canonical: run[1]!, text: run[1]! },
      kind: 'report',
    };
  return null;
}

/**
 * Who speaks from inside an unnamed body the phrase names: "Joris Berg of the Greens group said" is Berg; "a
 * senior manager at a Rotterdam-based freight company said" is that manager, named with the company. Null when no
 * person or unnamed someone comes before "of", "at", "from"…
 */
function memberOf(
  ctx: SpeakerContext,
  from: number,
  body: Readonly<{ start: number; end: number }>,
  verb: string,
): FoundSpeaker | null {
  const of = OF_BEFORE.exec(ctx.text.slice(Math.max(from, body.start - 12), body.start));
  if (!of) return null;
  const owner = speakerBefore(ctx, from, body.start - of[0].length, verb);
  if (!owner?.speaker) return null;
  return owner.kind === 'person' ? owner : withWorkplace(ctx, owner, body.end);
}

/**
 * An unnamed someone (an anonymous or official source, not a name) with where they work, up to `end`, as one
 * speaker of their kind ("analysts at Goldman Sachs"); null for anyone else.
 */
function withWorkplace(ctx: SpeakerContext, someone: FoundSpeaker, end: number): FoundSpeaker | null {
  const { speaker, kind } = someone;
  if (!speaker || (kind !== 'anonymous' && kind !== 'official') || isEntitySpan(ctx.entities, speaker))
    return null;
  const phrase = ctx.text.slice(speaker.start, end);
  const canonical = phrase.replace(DETERMINER, '').toLowerCase();
  return { speaker: { start: speaker.start, end, canonical, text: phrase }, kind };
}

const BRACKETED_ALIAS = /\s\([^()\s]{2,12}(?: [^()\s]{2,12})?\)$/u;
const COORDINATED = /\s(?:and|but)$/;
const AGE_AFTER_NAME = /,\s*\d{1,3},?$/;
const JOINED = ' and ';

/**
 * "Hungary and Poland said", "ministers Ana Ruiz and Tomas Berg said": two names joined by "and" before the
 * verb speak together, people with people, governments and bodies with each other.
 */
function jointSpeaker(ctx: SpeakerContext, named: Entity, from: number): Speaker | null {
  const { text, entities } = ctx;
  const at = named.start - JOINED.length;
  if (at <= from || text.slice(at, named.start) !== JOINED) return null;
  const first = entityEndingAt(entities, at);
  if (!first || first.start < from || (first.type === 'PERSON') !== (named.type === 'PERSON')) return null;
  return {
    start: first.start,
    end: named.end,
    canonical: `${first.canonical} and ${named.canonical}`,
    text: text.slice(first.start, named.end),
  };
}
// A subject, then its verb: a lower-case word that is no clause word ("Ana Ruiz welcomed…", "She thanked…").
const VERB_NEXT = /^\s+(\p{Ll}+)\b/u;
const UNNAMED_SUBJECT = /^((?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+))\s+(\p{Ll}+)\b/u;
const SUBJECT_PRONOUN = /^(He|She|It|They)(?![\p{L}\p{N}])/u;

/**
 * The subject that opens the clause `[from, to)` when a verb follows it: a named person or organisation
 * (after any titles), or a pronoun. A verb of saying joined to an earlier verb by "and" shares its subject.
 */
function sentenceSubject(ctx: SpeakerContext, from: number, to: number): FoundSpeaker | null {
  const { text, entities } = ctx;
  const at = from + (/^\s*/.exec(text.slice(from, to))?.[0].length ?? 0);
  const verbAfter = (end: number) => {
    const m = VERB_NEXT.exec(text.slice(end, to));
    return m !== null && !CLAUSE_WORDS.has(m[1]!);
  };
  const first = entityStartingAt(entities, at);
  // "UDA secretary-general Abdi Noor Hassan defended…": the person after the body and the role speaks.
  const named =
    (first?.type !== 'PERSON' ? personAfterCapitals(ctx, at, to) : undefined) ??
    first ??
    entityStartingAt(entities, pastTitles(text, at, to)) ??
    personAfterCapitals(ctx, at, to);
  if (named && speaking(named) && named.end < to)
    return verbAfter(named.end) ? { speaker: entitySpeaker(named), kind: entityKind(named) } : null;
  // "The coach defended his striker, insisting …": an unnamed subject, then its verb.
  const unnamed = UNNAMED_SUBJECT.exec(text.slice(at, to));
  if (unnamed && VERB.test(unnamed[3]!)) {
    const end = at + unnamed[1]!.length;
    const found = phraseSpeaker(ctx, at, end, true) ?? agentSpeaker(ctx, at, end);
    if (found || !ROLE_NOUNS.has(unnamed[2]!)) return found;
    // "The coach defended …": a role no list of sources holds.
    const phrase = unnamed[1]!;
    const canonical = phrase.replace(DETERMINER, '').toLowerCase();
    return { speaker: { start: at, end, canonical, text: phrase }, kind: 'anonymous' };
  }
  const pronoun = SUBJECT_PRONOUN.exec(text.slice(at, to));
  if (pronoun && pronoun[1] !== 'They' && verbAfter(at + pronoun[0].length))
    return speakerBefore(ctx, at, at + pronoun[1]!.length);
  // "A spokesperson for the party rejected the claim, saying…": the speaker's words before the first verb.
  FIRST_WORDS.lastIndex = 0;
  const clause = text.slice(at, to);
  for (let m = FIRST_WORDS.exec(clause), n = 0; m && n < MAX_SUBJECT_WORDS; m = FIRST_WORDS.exec(clause), n++)
    // "the affected villages": a past form after a determiner describes the noun.
    if (VERB.test(m[1]!) && !DETERMINER_BEFORE.test(clause.slice(0, m.index)))
      return m.index > 0 ? phraseSpeaker(ctx, at, at + m.index, true) : null;
  return null;
}
const FIRST_WORDS = /\s(\p{Ll}+)\b/gu;
const DETERMINER_BEFORE = /(?:^|\s)(?:an?|the|its|their|his|her|our|this|that|these|those)$/i;
const MAX_SUBJECT_WORDS = 8;

// "Local Fine Gael TD Siobhán Keogh": capitalised words (a place, a party, an office) before a person.
const CAPITALISED_PREFIX = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}$/u;
const LOWER_ROLE_LAST = /\s(\p{Ll}[\p{Ll}-]*)\s+$/u;

/** The person opening the clause at `at` after capitalised words that say where or what they are. */
function personAfterCapitals(ctx: SpeakerContext, at: number, to: number): Entity | undefined {
  const k = partitionPoint(ctx.entities.length, (i) => ctx.entities[i]!.start < at);
  for (let j = k; j < ctx.entities.length && ctx.entities[j]!.start < to; j++) {
    const e = ctx.entities[j]!;
    if (e.type !== 'PERSON') continue;
    // One lower-case role may stand right before the name ("Local Green Party councillor Ines Varga").
    const prefix = ctx.text.slice(at, e.start);
    const role = LOWER_ROLE_LAST.exec(prefix);
    const named =
      role && role[1]!.split('-').some((word) => ROLE_NOUNS.has(word) || AGENT_NOUN.test(word))
        ? prefix.slice(0, role.index + 1)
        : prefix;
    return CAPITALISED_PREFIX.test(named) ? e : undefined;
  }
  return undefined;
}

/** Whether `place` follows another place and a comma that a locative word puts before ("in Darmstadt, Germany"). */
function placeAfterPlace(ctx: SpeakerContext, place: Entity, from: number): boolean {
  if (!/,\s*$/.test(ctx.text.slice(Math.max(from, place.start - 3), place.start))) return false;
  const k = partitionPoint(ctx.entities.length, (i) => ctx.entities[i]!.end <= place.start) - 1;
  const town = ctx.entities[k];
  if (!town || town.type !== 'PLACE' || !/^,\s*$/.test(ctx.text.slice(town.end, place.start))) return false;
  return LOCATIVE_BEFORE.test(ctx.text.slice(Math.max(from, town.start - 8), town.start));
}

/** Where the clause ending at `to` starts: after the last comma, semicolon, colon, quote or bracket. */
function clauseStart(text: string, from: number, to: number): number {
  const clause = text.slice(from, to);
  const boundary = Math.max(
    clause.lastIndexOf(','),
    clause.lastIndexOf(';'),
    clause.lastIndexOf(':'),
    clause.lastIndexOf('"'),
    clause.lastIndexOf('“'),
    clause.lastIndexOf('”'),
    clause.lastIndexOf('('),
  );
  return from + boundary + 1;
}

const POSSESSIVE_AFTER = /^['’]s?\b/;
const ACCORDING_BEFORE = /according to$/i;
// Where someone works, closing the words before a cue: "… at a Gdansk shipyard", "… of the Greens group".
const WORKPLACE_TAIL = /\s(?:at|of|from|with|for)\s+((?:(?:the|an?)\s+)?(?:[\p{L}-]+\s+){0,4}[\p{L}-]+)$/u;
// The first word of a phrase, past "the": a title when the title list holds it.
const TITLE_WORD = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.]*)/u;
// A subject pronoun and a word after it: a clause, what was said.
const PRONOUN_CLAUSE = /^\s+(?:he|she|they|we|it|I|you)\s+\p{L}/u;
// After a person's name and a comma, what they are in lower case ("…, founder", "…, a senior analyst").
const ROLE_AFTER_NAME = /,\s+(?:(?:the|an?)\s+)?(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+$/u;
// A name followed by a verb is the subject of what was said, not the speaker: "…, said Seoul was ready".
const VERB_AFTER =
  /^\s+(?:was|is|were|are|had|has|have|would|will|could|should|may|might|must|can|did|does|do)\b/;

// Lower-case words that describe the person named after them: "says senior study author Mia Roth".
const DESCRIPTION = /^(?:\p{Ll}[\p{L}'’-]*\s+){1,5}/u;

// What an organisation is, written before its name in a description ("the state statistics agency Statnord").
const BODY_HEADS: ReadonlySet<string> = new Set([...INSTITUTION_NOUNS, ...COMPANY_DESCRIPTORS, 'station']);

/**
 * A person or a body named after a short lower-case description starting at `start` ("lead researcher Ana
 * Ruiz", "local broadcaster Radio Sol"); a name after what a body is ("the state statistics agency Statnord")
 * is that body whatever the tagger typed it.
 */
function describedName(ctx: SpeakerContext, start: number, limit: number): Entity | undefined {
  const m = DESCRIPTION.exec(ctx.text.slice(start, Math.min(limit, start + 60)));
  const words = m?.[0].trim().split(/\s+/) ?? [];
  if (!m || words.some((w) => CLAUSE_WORDS.has(w) || PREPOSITIONS.has(w))) return undefined;
  const named = entityStartingAt(ctx.entities, pastTitles(ctx.text, start + m[0].length, limit));
  if (!named) return undefined;
  // After what a body is, the name is the body's, whatever the tagger made it; "a BBC report" is a report's.
  if (BODY_HEADS.has(words.at(-1)!) && speaking(named)) return { ...named, type: 'ORG' };
  return named.type === 'PERSON' ? named : undefined;
}

// After a place or a people, the lower-case words of one of its bodies, and what that body is of.
const BODY_WORDS =
  /^\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}?(\p{Ll}+))(\s+(?:of|for)\s+(?:\p{Ll}+\s+){0,3}?\p{Ll}+)?(?=\s*(?:[,.;:)]|$))/u;

/**
 * "according to the Gaza health ministry", "according to the Gauteng department of cooperative governance":
 * a body of a place or a people speaks, not the place.
 */
function bodyOfPlace(ctx: SpeakerContext, named: Entity, limit: number): FoundSpeaker | null {
  if (named.type !== 'PLACE' && named.type !== 'GROUP') return null;
  const m = BODY_WORDS.exec(ctx.text.slice(named.end, limit));
  const kind = m ? nounKind(m[2]!) : null;
  if (!m || !kind || kind === 'anonymous') return null;
  const end = named.end + m[0].length;
  const phrase = ctx.text.slice(named.start, end);
  return { speaker: { start: named.start, end, canonical: phrase.toLowerCase(), text: phrase }, kind };
}

// Between a place or body and the person after it: a role of one to four words, no punctuation.
const ROLE_BEFORE_NAME = /^\s+(?:[\p{L}'’-]+\.?\s+){1,4}$/u;

/** The speaker named right after `at` ("…," said Ana Okafor; "according to a government statement"). */
export function speakerAfter(ctx: SpeakerContext, at: number, limit: number): FoundSpeaker | null {
  const { text, entities } = ctx;
  const lead = /^\s+(?:the\s+)?/i.exec(text.slice(at, limit));
  const start = at + (lead ? lead[0].length : 0);
  const named =
    entityStartingAt(entities, start) ??
    entityStartingAt(entities, at + (/^\s+/.exec(text.slice(at))?.[0].length ?? 0)) ??
    entityStartingAt(entities, pastTitles(text, start, limit)) ??
    describedName(ctx, start, limit) ??
    // "said Kings captain Rohit Menon": the team or body and the role before the person.
    personAfterCapitals(ctx, start, Math.min(limit, start + 60));
  // "said the Government's failure …": after a verb a possessive is what was said about, never who said it
  // ("according to Farrell's book" is the book's).
  const possessive =
    named !== undefined &&
    POSSESSIVE_AFTER.test(text.slice(named.end, named.end + 3)) &&
    !ACCORDING_BEFORE.test(text.slice(Math.max(0, at - 14), at));
  if (named && (possessive || VERB_AFTER.test(text.slice(named.end, limit)))) return null;
  const body = named && named.end <= limit ? bodyOfPlace(ctx, named, limit) : null;
  if (body) return body;
  if (named && speaking(named) && named.end <= limit) {
    // "said Boise Fire Chief Ramon Echeverria", "said Maybank economist Tan Wei Ming": where the person
    // works and what they are come before the person, who speaks.
    const k = partitionPoint(entities.length, (i) => entities[i]!.start < named.end);
    const next = entities[k];
    if (
      next?.type === 'PERSON' &&
      next.end <= limit &&
      ROLE_BEFORE_NAME.test(text.slice(named.end, next.start))
    )
      return { speaker: entitySpeaker(next), kind: 'person' };
    if (named.type === 'PERSON') return { speaker: entitySpeaker(named), kind: 'person' };
    // "according to Ministry of Energy data": the named body speaks through its data.
    return { speaker: entitySpeaker(named), kind: 'organisation' };
  }
  // "…, said she employs six people": a pronoun and its verb after the cue are what was said.
  if (PRONOUN_CLAUSE.test(text.slice(at, limit))) return null;
  // The phrase runs to the next comma, quote or sentence end, at most twelve words.
  const tail = text.slice(at, limit);
  const stop =
    /[,;:"“”.!?()\n]|\s(?:that|which|who|as|and|but|while|when|because|on \w+day)\b|\s(?:after|before|during)\s/.exec(
      tail,
    );
  let to = at + (stop ? stop.index : tail.length);
  while (to > at && /\s/.test(text[to - 1]!)) to--;
  // The speaker of an inverted cue follows it at once ("…, said a spokesperson for the union"): a noun further
  // on ("…, said it was cooperating with investigators") is what was said.
  const found = phraseSpeaker(ctx, at, to, true);
  if (found) return found;
  // "…, said one former driver, who asked not to be named": someone known by what they do.
  const agent = agentSpeaker(ctx, at, to);
  return agent?.speaker && text.slice(at, agent.speaker.start).trim() === '' ? agent : null;
}

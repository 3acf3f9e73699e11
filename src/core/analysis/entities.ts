import type { Entity, EntityType, NumberMention, Span } from '../model/analysis';
import { createDateFinder } from './dates';
import { PLACES, PROVINCE_ABBREVIATIONS, type PlaceEntry } from './lexicon/places';
import { MORE_HONORIFICS, TITLES } from './lexicon/titles';
import { INSTITUTIONS, ORG_CUES, STORM_WORDS } from './lexicon/words';
import { ARTICLE_FIRST, ARTICLE_NAME, familyFirst, surnameForms } from './name-forms';
import { givenNamesSpeaking } from './given-names';
import { tagNames, type NameSpan } from './name-spans';
import { capitalsAsWritten } from './datelines';
import { MEASURE_UNITS, numbersBySentence } from './numbers';
import { companiesByContext, listedCompanies } from './org-context';
import { settlementsByContext } from './place-context';
import { namesOffices, portfolioTitles } from './portfolio-titles';
import { dropTimeZones } from './time-zones';
import { pushAll } from './push-all';
import {
  ACRONYM_DEFINED,
  MEASURES,
  TWO_CAPITALS,
  wholeBeforeAcronym,
  wholeByAcronym,
  withDefinedShortForms,
} from './short-forms';
import { tokensOutsideNames } from './tokens-outside-names';
import { dropCommonSentenceStarts } from './sentence-start-words';
import { PERSON_NAME_BITS } from './tagger/gazetteer';
import type { TaggerModel } from './tagger/model';
import { tokenize, type Token } from './tokens';

const LAST_WORD = /\s+\S+$/;
const STARTS_NAME = /^[\p{Lu}\d]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const ARTICLE_WORD = /^(?:The|A|An) /;
const LEADING_LOWER = /^(?:\p{Ll}+ )+(?=\p{Lu})/u;
// Lower-case particles of personal names ("von der Leyen"): never a surname on their own.
const PARTICLE = /^\p{Ll}/u;
const PARTICLES =
  // "ten" lower-case only ("Erik ten Hag"): "Ten Kenyans died" opens with a number.
  '(?:[Vv][ao]n|[Dd]e[rnls]?|[Dd]ella|[Dd][aou]|[Dd][ao]s|[Ll][ae]|[Bb]in|[Ii]bn|[Aa]l|[Ee]l|[Tt]er|ten)';
// "Ursula" + " von der " + "Leyen": particles and the capitalised word after them belong to the person.
const PARTICLES_THEN_NAME = new RegExp(`^(?: ${PARTICLES})+ \\p{Lu}[\\p{L}'’-]*`, 'u');
// "Von der " before "Leyen" at a sentence start.
const PARTICLES_BEFORE = new RegExp(`(?:^|(?<=[\\s"“(]))(?:${PARTICLES} )+$`, 'u');

// Initials opening a name ("K.M. Nurul Huda", "S. Subramaniam"): not after a capitalised word, whose middle
// initial they are, nor when they spell a place, a union or a postscript ("U.S.", "U.N.", "P.S.").
const INITIALS_BEFORE = /(?<!\p{Lu}[\p{L}'’-]*\s+)(?:^|(?<=[\s"“(]))(?:\p{Lu}\. ?){1,3}$/u;
const NOT_INITIALS = new Set(['U.N.', 'E.U.', 'P.S.']);

// A place written in capitals, as a dateline writes it ("LILONGWE", "SAN JOSE"); not an acronym ("UAE").
const CAPITALS = /^\p{Lu}+(?: \p{Lu}+)*$/u;

/** A dateline's place in capitals as the lexicon or the text writes it: "SAN JOSE" → "San Jose". */
function placeInCapitals(surface: string): PlaceEntry | undefined {
  if (surface.length < 4 || !CAPITALS.test(surface)) return undefined;
  const name = capitalsAsWritten(surface);
  return PLACES.get(name) ?? { type: 'PLACE', canonical: name };
}

// "in Renton, Washington": a town, a comma, then its state.
const TOWN_COMMA_BEFORE =
  /\b(?:in|near|from|outside|at|to) (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}), $/u;

/**
 * Whether the "Washington" at `at` follows a town and a comma: the state, which the lexicon gives as the city.
 * Not after a listed place other than Seattle, the state's one listed city: "from Ottawa, Washington and
 * Mexico City" lists capitals.
 */
function isStateAfterTown(text: string, at: number): boolean {
  const town = TOWN_COMMA_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  return town !== undefined && (town === 'Seattle' || !PLACES.has(town));
}

/** Maps `key` to `surface` while no other name claimed it; to null (ambiguous, for good) once one did. */
function keepIfOnly(map: Map<string, string | null>, key: string, surface: string): void {
  const prior = map.get(key);
  map.set(key, prior === undefined || prior === surface ? surface : null);
}

/**
 * The words that alone may stand for an organisation of several words: its first ("Emerson" of "Emerson
 * Electric", "Ministry" of "Ministry of Energy"), and its last when a head noun ("Court" of "High Court").
 */
function shortForms(surface: string): string[] {
  const first = surface.slice(0, surface.indexOf(' '));
  const last = surface.slice(surface.lastIndexOf(' ') + 1);
  // "Knesset Foreign Affairs and Defense Committee", "NHS England": a part of a body, or its branch in a place,
  // is not what the body's first word names alone ("the Knesset", "the NHS").
  const part = SUB_BODIES.has(last) || PLACES.get(last)?.type === 'PLACE';
  // "EU General Court", "UN Human Rights Council": a short form opening the name is the body it belongs to.
  const forms = part || ALL_CAPITALS.test(first) ? [] : [first];
  return last !== first && ORG_CUES.has(last) ? [...forms, last] : forms;
}

const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const SUB_BODIES: ReadonlySet<string> = new Set(
  'Committee Subcommittee Commission Council Caucus Panel Bureau Directorate Division Branch'.split(' '),
);

/**
 * Canonical forms inside one document: lexicon places by their canonical name ("US" → "United States"), a
 * lone surname by the one full name that ends with it, an acronym defined as "(ABC)" by its long form, a
 * nickname ("the Bills") by the one organisation it ends ("Buffalo Bills"), and a bare head noun ("the
 * Ministry") by the one organisation it heads.
 */
const MIDDLE_NAME = /^\p{Lu}\p{Ll}{2,}$/u;

// Titles given with a first name, not a surname: "Sir Keir", "Dame Margaret", "Sheikh Ahmed".
const FIRST_NAME_TITLE = /\b(?:Sir|Dame|Sheikh|Sheikha)\s+$/;

// Rulers' titles, which neither title list holds.
const RULERS: ReadonlySet<string> = new Set(
  'Tsar Czar King Queen Emperor Empress Pope Sultan Emir Shah'.split(' '),
);
const isTitleWord = (word: string) => TITLES.has(word) || MORE_HONORIFICS.has(word) || RULERS.has(word);

function canonicalise(text: string, names: readonly NameSpan[]): Entity[] {
  const aliases = new Map<string, string>();
  const surnames = new Map<string, string | null>();
  // "Alvarado" after "Rubén Alvarado Castro", "Fauzi" after "Muhammad Fauzi Yusoff": a middle name of three names
  // or more stands for the person when no surname is that word.
  const middles = new Map<string, string | null>();
  // "Von der Leyen", "Ten Hag": a particle surname opening a sentence or capitalised as the text goes on.
  const particleNames = new Map<string, string | null>();
  // Short forms an organisation's name defines in brackets: the organisation, whatever the model made of them.
  const defined = new Set<string>();
  const nicknames = new Map<string, string | null>();
  const heads = new Map<string, string | null>();
  // "Dame Margaret" after "Dame Margaret Okonkwo-Ellis": a knight, a dame or a sheikh by first name, among
  // those the text gave that title.
  const firsts = new Map<string, string | null>();
  // "Arif" after "Arif Wicaksono": a given name alone, when no surname or middle name is that word.
  const givens = new Map<string, string | null>();
  for (const n of names) {
    const surface = text.slice(n.start, n.end);
    if (n.type === 'PERSON' && surface.includes(' ')) {
      const parts = surface.split(' ');
      const last = parts[parts.length - 1]!;
      const from = parts.findIndex((p) => PARTICLE.test(p));
      // "Ursula von der Leyen": "von der Leyen" and "Leyen" both name her.
      const family = familyFirst(surface);
      const particled = from > 0 ? parts.slice(from).join(' ') : '';
      const keys = [
        last,
        ...(particled ? [particled] : []),
        ...surnameForms(last),
        ...(family ? [family] : []),
      ];
      for (const key of keys) keepIfOnly(surnames, key, surface);
      if (FIRST_NAME_TITLE.test(text.slice(Math.max(0, n.start - 8), n.start)))
        keepIfOnly(firsts, parts[0]!, surface);
      // "Tsar Aleksei I": a title the model kept in the name is no given name.
      if (!isTitleWord(parts[0]!) && !isTitleWord(parts[1]!)) keepIfOnly(givens, parts[0]!, surface);
      if (from < 0 && parts.length >= 3)
        for (const part of parts.slice(1, -1)) if (MIDDLE_NAME.test(part)) keepIfOnly(middles, part, surface);
      if (particled) keepIfOnly(particleNames, particled[0]!.toUpperCase() + particled.slice(1), surface);
    }
    if (n.type === 'ORG') {
      // "the Ministry" after "Ministry of National Security", "the Court" after "High Court", "Emerson" after
      // "Emerson Electric": the one organisation the text named with that word.
      if (surface.includes(' ')) for (const short of shortForms(surface)) keepIfOnly(heads, short, surface);
      const acronym = ACRONYM_DEFINED.exec(text.slice(n.end, n.end + 20));
      if (acronym) {
        aliases.set(acronym[1]!, surface);
        // Not a word in brackets ("Poetry (Chicago)"), which may say where the organisation is.
        if (TWO_CAPITALS.test(acronym[1]!)) defined.add(acronym[1]!);
      }
      const [nickname] = shortNamesOf(text, n);
      if (nickname) keepIfOnly(nicknames, nickname, surface);
    }
  }
  for (const [nickname, full] of nicknames) if (full && !aliases.has(nickname)) aliases.set(nickname, full);
  for (const [head, full] of heads) if (full && !aliases.has(head)) aliases.set(head, full);
  return pushAll(names, (n) => {
    const surface = text.slice(n.start, n.end);
    // "northern Iraq", "city of Mosul": the news sets the tagger learned from keep such words in a place's
    // span, but the place is the one named.
    const c = surface.charCodeAt(0);
    const named = n.type === 'PLACE' && c >= 97 && c <= 122 ? surface.replace(LEADING_LOWER, '') : surface;
    const province = n.type === 'PLACE' ? PROVINCE_ABBREVIATIONS.get(named) : undefined;
    const lexical =
      PLACES.get(named) ??
      (province ? { type: 'PLACE' as const, canonical: province } : undefined) ??
      (n.type === 'PLACE' ? placeInCapitals(named) : undefined);
    const person = particleNames.get(surface);
    if (person) return { start: n.start, end: n.end, type: 'PERSON', text: surface, canonical: person };
    if (defined.has(surface))
      return { start: n.start, end: n.end, type: 'ORG', text: surface, canonical: aliases.get(surface)! };
    let canonical = named;
    if (lexical && lexical.type === n.type)
      canonical =
        named === 'Washington' && isStateAfterTown(text, n.start) ? 'Washington State' : lexical.canonical;
    else if (n.type === 'PERSON') {
      const titled = FIRST_NAME_TITLE.test(text.slice(Math.max(0, n.start - 8), n.start));
      const byFirst = titled && !surface.includes(' ') ? firsts.get(surface) : undefined;
      canonical =
        byFirst ??
        (surnames.has(surface) ? surnames.get(surface) : (middles.get(surface) ?? givens.get(surface))) ??
        surface;
    } else if (n.type === 'ORG') canonical = aliases.get(surface) ?? surface;
    return { start: n.start, end: n.end, type: n.type, text: surface, canonical };
  });
}

/**
 * Joins particles and leading initials into the person names around them ("Ursula von der Leyen", "Von der
 * Leyen", "Abdel Fattah al-Sisi", "K.M. Nurul Huda").
 */
function joinParticles(text: string, names: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const n of names.slice().sort((x, y) => x.start - y.start)) {
    const last = out[out.length - 1];
    if (last && n.start < last.end) continue; // inside a name joined already
    if (n.type !== 'PERSON') {
      out.push(n);
      continue;
    }
    const lead = text.slice(Math.max(0, n.start - 24), n.start);
    // Initials end in a full stop (and a space): the regex only runs then.
    const dot = text[n.start - 1] === '.' || text[n.start - 2] === '.';
    const initials = dot ? INITIALS_BEFORE.exec(lead) : null;
    const dotted = initials?.[0].replace(/ /g, '');
    const before =
      PARTICLES_BEFORE.exec(lead) ??
      (dotted && !PLACES.has(dotted) && !NOT_INITIALS.has(dotted) ? initials : null);
    const tail = text.slice(n.end, n.end + 48);
    const after = PARTICLES_THEN_NAME.exec(tail) ?? ARTICLE_NAME.exec(tail);
    const joined = {
      start: n.start - (before?.[0].length ?? 0),
      end: n.end + (after?.[0].length ?? 0),
      type: n.type,
    };
    while (out.length > 0 && out[out.length - 1]!.end > joined.start) out.pop();
    out.push(joined);
  }
  return out;
}

/**
 * A name of several words is found whole wherever the text repeats it: the tagger reads each sentence alone
 * and may split a second "Alpine Glacier Monitoring Service" into a place and nothing. Names inside a repeat
 * give way to it; a repeat inside a longer name is left to that name. `names` are sorted by start.
 */
function repeatNamesWhole(text: string, tokens: readonly Token[], names: readonly NameSpan[]): NameSpan[] {
  // By first word, the longest first ("New York Times" before "New York").
  const byFirstWord = new Map<string, [string, EntityType][]>();
  for (const n of names) {
    const surface = text.slice(n.start, n.end);
    const space = surface.indexOf(' ');
    // As the repeats looked for start; "The …" is a sentence's start taken into a name.
    if (space < 0 || !STARTS_NAME.test(surface) || ARTICLE_WORD.test(surface)) continue;
    const first = surface.slice(0, space);
    const known = byFirstWord.get(first) ?? [];
    if (!known.some(([other]) => other === surface)) known.push([surface, n.type]);
    byFirstWord.set(first, known);
  }
  if (byFirstWord.size === 0) return names.slice();
  for (const known of byFirstWord.values()) known.sort(([x], [y]) => y.length - x.length);
  const out: NameSpan[] = [];
  let k = 0;
  for (const t of tokens) {
    // The cheap test first: a repeat starts as a name did, with a capital or a digit ("882 6PR").
    const c = t.text.charCodeAt(0);
    const known = t.cap || (c >= 48 && c <= 57) ? byFirstWord.get(t.text) : undefined;
    if (!known) continue;
    while (k < names.length && names[k]!.end <= t.start) k++;
    for (const [surface, type] of known) {
      const end = t.start + surface.length;
      if (!text.startsWith(surface, t.start) || WORD_CHAR.test(text[end] ?? ' ')) continue;
      // Names over [t.start, end): some, all inside it and not it already. Where the model found none, it read
      // the words as something else ("the 1984 United States presidential election") or missed them alone.
      let inside = true;
      let exact = false;
      let any = false;
      for (let j = k; j < names.length && names[j]!.start < end; j++) {
        const n = names[j]!;
        any = true;
        if (n.start < t.start || n.end > end) inside = false;
        if (n.start === t.start && n.end === end) exact = true;
      }
      if (any && inside && !exact) out.push({ start: t.start, end, type });
      break;
    }
  }
  if (out.length === 0) return names.slice();
  const covered = (n: NameSpan) => out.some((r) => r.start <= n.start && n.end <= r.end);
  return [...names.filter((n) => !covered(n)), ...out].sort((x, y) => x.start - y.start);
}

/** One type per name in a document: the type most of its mentions got (the first mention's on a tie). */
function agreeOnTypes(text: string, names: readonly NameSpan[]): NameSpan[] {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const n of names) {
    const surface = text.slice(n.start, n.end);
    const count = votes.get(surface) ?? new Map<EntityType, number>();
    count.set(n.type, (count.get(n.type) ?? 0) + 1);
    votes.set(surface, count);
  }
  return pushAll(names, (n) => {
    let best = n.type;
    let most = 0;
    for (const [type, k] of votes.get(text.slice(n.start, n.end))!) if (k > most) [best, most] = [type, k];
    return best === n.type ? n : { ...n, type: best };
  });
}

// "Buffalo Bills" … "the Bills": a team or body named by a capitalised plural goes by that word alone.
const PLURAL_NICKNAME = /^\p{Lu}\p{Ll}+[^aiosu]s$/u;

/** The words a name goes by alone, with its type: a person's surname, an organisation's plural nickname. */
function shortNamesOf(text: string, n: NameSpan): string[] {
  if (n.type !== 'PERSON' && n.type !== 'ORG') return [];
  const space = text.lastIndexOf(' ', n.end - 1);
  if (space < n.start) return [];
  const last = text.slice(space + 1, n.end);
  if (n.type === 'PERSON') {
    // Both ends: "Kim Kardashian" goes by "Kardashian", "Kim Jong Un" by "Kim".
    const family = familyFirst(text.slice(n.start, n.end));
    return family ? [family, ...surnameForms(last)] : surnameForms(last);
  }
  return PLURAL_NICKNAME.test(last) && !ORG_CUES.has(last) && !PLACES.has(last) ? [last] : [];
}

// "Hurricane Matthew", "Typhoon Haiyan": a storm is an event; "Matthew caused $10 billion" after it is the storm too.
const STORM_NAME = new RegExp(`\\b(?:${STORM_WORDS.join('|')}) (\\p{Lu}\\p{Ll}+)\\b`, 'gu');

/**
 * The names without the people the tagger made of a storm the text names, whole or by its name alone
 * ("Hurricane Matthew", then "Matthew"); a storm taken for a place stays, as some news sets write it (BTC's
 * "Gonzalo").
 */
function dropStormNames(text: string, names: NameSpan[]): NameSpan[] {
  const storms = new Set(Array.from(text.matchAll(STORM_NAME), (m) => [m[0], m[1]!]).flat());
  return storms.size === 0
    ? names
    : names.filter((n) => n.type !== 'PERSON' || !storms.has(text.slice(n.start, n.end)));
}

/**
 * Adds the mentions of a surname or nickname the tagger missed ("Morrow, 62, wrote …", "the Chiefs improved"):
 * tokens equal to one; a nickname the tagger took for a person ("Bills coach …") becomes the ORG.
 */
function withShortNames(text: string, tokens: readonly Token[], names: readonly NameSpan[]): NameSpan[] {
  const short = new Map<string, EntityType>();
  for (const n of names)
    for (const word of shortNamesOf(text, n)) if (!short.has(word)) short.set(word, n.type);
  if (short.size === 0) return names.slice();
  // Words of organisations' names: "Ford" alone may be Ford Motor as well as Henry Ford. Made on the first
  // surname the model took for an organisation.
  let orgWords: Set<string> | undefined;
  const isOrgWord = (word: string) => {
    if (!orgWords) {
      orgWords = new Set();
      for (const n of names) {
        const surface = text.slice(n.start, n.end);
        if (n.type === 'ORG' && surface.includes(' ')) for (const w of surface.split(' ')) orgWords.add(w);
      }
    }
    return orgWords.has(word);
  };
  const out = pushAll(names, (n) => {
    const surface = text.slice(n.start, n.end);
    const type = short.get(surface);
    // A person's surname alone, which the tagger took for some unlisted place ("Bathiudeen denied…") or, being
    // no organisation's word, for an organisation ("According to Oberle"), is them.
    const retype =
      (type === 'ORG' && n.type === 'PERSON') ||
      (type === 'PERSON' &&
        (ARTICLE_FIRST.test(surface) ||
          (n.type === 'PLACE' && !PLACES.has(surface)) ||
          (n.type === 'ORG' && LOWER.test(surface) && !isOrgWord(surface))));
    return retype && type !== n.type ? { ...n, type } : n;
  });
  // "al-Rubaie said": a family name with its article in lower case, as the text gave it whole.
  const asShort = (t: Token) =>
    t.cap || ((t.text.charCodeAt(2) === 45 || t.text.charCodeAt(3) === 45) && ARTICLE_FIRST.test(t.text))
      ? short.get(t.text)
      : undefined;
  out.push(...tokensOutsideNames(tokens, names, asShort));
  return out.sort((x, y) => x.start - y.start);
}

/**
 * "Thomson" after "Thomson Reuters": a one-word person that is the first word of an organisation the text
 * named, and no word of a person's name there, is that organisation.
 */
function organisationsByFirstWord(text: string, names: readonly NameSpan[]): readonly NameSpan[] {
  // Most texts have no one-word person: nothing to look at.
  const oneWord = (n: NameSpan) => n.type === 'PERSON' && text.lastIndexOf(' ', n.end - 1) < n.start;
  if (!names.some(oneWord)) return names;
  const firsts = new Set<string>();
  const personWords = new Set<string>();
  for (const n of names) {
    const surface = text.slice(n.start, n.end);
    const space = surface.indexOf(' ');
    if (space < 0) continue;
    if (n.type === 'ORG') firsts.add(surface.slice(0, space));
    else if (n.type === 'PERSON') for (const word of surface.split(' ')) personWords.add(word);
  }
  if (firsts.size === 0) return names;
  return names.map((n) => {
    if (!oneWord(n)) return n;
    const surface = text.slice(n.start, n.end);
    return firsts.has(surface) && !personWords.has(surface) ? { ...n, type: 'ORG' } : n;
  });
}

/**
 * Adds "the Ministry", "the Court" where the text named an institution with that head noun ("Ministry of Water
 * Resources", "Supreme Court") and the tagger took the word alone for a common one: capitalised inside a
 * sentence, it stands for the institution (which one, if several share it, `canonicalise` leaves open).
 */
function withBareInstitutions(
  text: string,
  tokens: readonly Token[],
  names: readonly NameSpan[],
): readonly NameSpan[] {
  const heads = new Set<string>();
  for (const n of names) {
    if (n.type !== 'ORG') continue;
    const surface = text.slice(n.start, n.end);
    if (!surface.includes(' ')) continue;
    for (const word of [surface.slice(0, surface.indexOf(' ')), surface.slice(surface.lastIndexOf(' ') + 1)])
      if (INSTITUTIONS.has(word)) heads.add(word);
  }
  if (heads.size === 0) return names;
  const bare = tokensOutsideNames(tokens, names, (t) =>
    t.cap && !t.weak && heads.has(t.text) ? 'ORG' : undefined,
  );
  return bare.length === 0 ? names : [...names, ...bare].sort((x, y) => x.start - y.start);
}

// "his wife Jan": a month's short form alone may be a name.
const BARE_MONTH_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

/**
 * Typed entity mentions of `text`: names (PERSON, ORG, PLACE, GROUP) from the trained tagger, DATE and
 * NUMBER from rules. `numbers` are each sentence's numbers, when the caller has them already.
 */
export function findEntities(
  text: string,
  sentences: readonly Span[],
  tagger: TaggerModel,
  numbers: readonly (readonly NumberMention[])[] = numbersBySentence(text, sentences),
): Entity[] {
  const tokens = tokenize(text, sentences);
  const names: NameSpan[] = [];
  const offices = namesOffices(text);
  for (let a = 0; a < tokens.length;) {
    let b = a + 1;
    while (b < tokens.length && tokens[b]!.sentence === tokens[a]!.sentence) b++;
    const found = tagNames(text, tokens, a, b, tagger);
    if (offices) portfolioTitles(tokens, a, b, found);
    names.push(...found);
    a = b;
  }
  // Each step reads the names the one before it left.
  let found: readonly NameSpan[] = joinParticles(text, dropTimeZones(text, dropStormNames(text, names)));
  found = dropCommonSentenceStarts(text, tokens, found);
  found = agreeOnTypes(text, repeatNamesWhole(text, tokens, found));
  const isPersonName = (name: string) => (tagger.listed(name.toLowerCase()) & PERSON_NAME_BITS) !== 0;
  found = settlementsByContext(
    text,
    listedCompanies(text, companiesByContext(text, found), isPersonName),
    isPersonName,
  );
  found = givenNamesSpeaking(
    text,
    tokens,
    withShortNames(text, tokens, organisationsByFirstWord(text, found)),
  );
  found = withBareInstitutions(text, tokens, found);
  found = withDefinedShortForms(text, tokens, wholeBeforeAcronym(text, wholeByAcronym(text, found)));
  found = found.filter((n) => !MEASURES.has(text.slice(n.start, n.end)));
  const entities = canonicalise(text, found);
  const findDates = createDateFinder(text);
  // A name the model found exactly where a date is ("in May", "on Friday") is the date.
  const dateSpans = new Set<string>();
  sentences.forEach((span, index) => {
    const dates = findDates(span);
    for (const [s, e] of dates) {
      const surface = text.slice(s, e);
      entities.push({ start: s, end: e, type: 'DATE', text: surface, canonical: surface.toLowerCase() });
      if (!BARE_MONTH_ABBREVIATION.test(surface)) dateSpans.add(`${s}:${e}`);
    }
    for (const n of numbers[index]!) {
      if (dates.some(([s, e]) => s < n.end && n.start < e)) continue;
      let end = n.end;
      if (n.unit && !MEASURE_UNITS.has(n.unit)) end = n.start + n.text.replace(LAST_WORD, '').length;
      const surface = text.slice(n.start, end);
      const unit = n.unit && MEASURE_UNITS.has(n.unit) ? ` ${n.unit}` : '';
      const canonical = `${n.qualifier === 'exact' ? '' : `${n.qualifier} `}${n.value ?? surface}${unit}`;
      entities.push({ start: n.start, end, type: 'NUMBER', text: surface, canonical });
    }
  });
  return dedupe(
    dateSpans.size === 0
      ? entities
      : entities.filter((e) => e.type === 'DATE' || !dateSpans.has(`${e.start}:${e.end}`)),
  );
}

/** Sorts by position and drops mentions overlapping an earlier, longer one. */
function dedupe(entities: Entity[]): Entity[] {
  entities.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Entity[] = [];
  for (const e of entities) {
    const prev = out[out.length - 1];
    if (prev && e.start < prev.end) continue;
    out.push(e);
  }
  return out;
}

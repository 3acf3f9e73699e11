import type { EntityType } from '../model/analysis';
import { PLACES, PROVINCE_ABBREVIATIONS, STATE_ABBREVIATIONS, type PlaceEntry } from './lexicon/places';
import { CORPORATE_SUFFIXES } from './lexicon/corporate-suffixes';
import { MORE_HONORIFICS, POST_NOMINALS, ROLE_NOUNS, TITLES } from './lexicon/titles';
import {
  COMPANY_DESCRIPTORS,
  INSTITUTIONS,
  MEDIA_AFTER,
  OF_OR_FOR,
  ORG_CUES,
  SEATS_OF_POWER,
} from './lexicon/words';
import { gazetteerBit, PERSON_NAME_BITS } from './tagger/gazetteer';
import type { TaggerModel } from './tagger/model';
import { TAGS } from './tagger/tags';
import { founderFollows } from './org-context';
import { partitionPoint } from './partition-point';
import type { Token } from './tokens';
import {
  bare,
  COMMON,
  DEMONYM_BITS,
  FIRST_NAME,
  isCommonNoun,
  isListedName,
  listedBits,
  ORG_BITS,
  overrule,
  PLACE_BITS,
  type NameSpan,
  type Sentence,
} from './name-sentence';
import { datelinePlace, storyAfterDateline, tagAroundDateline } from './datelines';
import { institutionPortfolios } from './institution-names';
import { clubNames } from './club-names';
import { knownOutlets, outletNames } from './outlet-names';

export type { NameSpan } from './name-sentence';

const DESCRIPTORS: ReadonlySet<string> = new Set(COMPANY_DESCRIPTORS);

const CLASS_TYPE: Readonly<Record<string, EntityType | null>> = {
  PER: 'PERSON',
  ORG: 'ORG',
  LOC: 'PLACE',
  NORP: 'GROUP',
  MISC: null,
};
// Per tag index: the entity type it opens or continues (null for O and MISC), and whether it continues one.
const TAG_TYPE = TAGS.map((tag) => (tag === 'O' ? null : CLASS_TYPE[tag.slice(2)]!));
const TAG_INSIDE = TAGS.map((tag) => tag.startsWith('I-'));
const TAG_MISC = TAGS.map((tag) => tag.endsWith('-MISC'));
// "Alto-based", "Paris-born": a place glued to a descriptor; any name stops at the hyphen.
const DESCRIPTOR_TAIL = /^(.*\p{L})-\p{Ll}+$/u;
// "Oslo-based Nordvik": what follows "<place>-based" is the organisation based there.
const BASED_IN = /^\p{Lu}.*-(?:based|headquartered)$/u;
// The cheap test first: the Unicode pattern above costs more than the rest of a token's checks.
const BASED_TAIL = /(?:based|headquartered)$/;
// "Chipmaker AMD", "Automaker Kia", "Lender Ebonmark": what a company does, heading a sentence, is not part of
// the name. Not "Club", "Side", "Company" or "Outfit", which open names ("Club Brugge").
const MAKER = /maker$/;
const OPENING_DESCRIPTORS: ReadonlySet<string> = new Set(
  COMPANY_DESCRIPTORS.filter((d) => !/^(?:club|side|company|outfit)$/.test(d)),
);
const IN_PLACE = /^(?:in|at)$/;
const APOSTROPHE = /['’]/;
// An untyped stretch longer than every lexicon entry is looked up word by word only.
const LONGEST_PLACE = Math.max(...[...PLACES.keys()].map((key) => key.length));

// Places of more than one word the lexicon lists ("Côte d'Ivoire", "Bosnia and Herzegovina"): the most words
// of one by its first word, and the lower-case words that may follow a first word ("and", "d'Ivoire").
const MULTI_WORD_PLACE_WORDS = new Map<string, number>();
const LOWER_SECOND_WORDS = new Set<string>();
for (const [name, e] of PLACES) {
  const words = name.split(' ');
  if (e.type !== 'PLACE' || words.length < 2) continue;
  MULTI_WORD_PLACE_WORDS.set(words[0]!, Math.max(words.length, MULTI_WORD_PLACE_WORDS.get(words[0]!) ?? 0));
  if (/^\p{Ll}/u.test(words[1]!)) LOWER_SECOND_WORDS.add(words[1]!);
}

/** The two places a word like "India-US" joins, or null. */
function placePair(word: string): [PlaceEntry, PlaceEntry, number] | null {
  const dash = word.indexOf('-');
  if (dash <= 0 || word.indexOf('-', dash + 1) >= 0) return null;
  const left = PLACES.get(word.slice(0, dash));
  const right = PLACES.get(word.slice(dash + 1));
  return left && right ? [left, right, dash] : null;
}

/**
 * The type a well-kept name list gives a whole name when it lists it as exactly one kind of name and never
 * as a person's: "Nintendo" is a company, "Côte d'Ivoire" a place, whatever the sentence around them.
 */
function listedType(bits: number): EntityType | null {
  if (bits & PERSON_NAME_BITS) return null;
  if (bits & ORG_BITS) return bits & (PLACE_BITS | DEMONYM_BITS) ? null : 'ORG';
  if (bits & PLACE_BITS) return bits & DEMONYM_BITS ? null : 'PLACE';
  return bits & DEMONYM_BITS ? 'GROUP' : null;
}

/**
 * Names in one sentence `tokens[a..b)` from the tagger's IOB2 tags, with the rules that beat the model:
 * titles never open a person's name, a sentence-initial common word or job description is no part of one,
 * a name ends with a capitalised word and before "in <listed place>", "India-US" is two places, "Palo
 * Alto-based HP" names a place and an organisation, a name the gazetteer lists as one kind only gets that
 * kind, an organisation's head noun makes an ORG, and a demonym the model left untyped (or MISC) is a GROUP.
 */
export function tagNames(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  tagger: TaggerModel,
): NameSpan[] {
  const story = storyAfterDateline(text, tokens, a, b);
  const tags =
    story < 0 ? tagger.tagSentence(text, tokens, a, b) : tagAroundDateline(text, tokens, a, b, story, tagger);
  const s: Sentence = { text, tokens, tagger, out: [] };
  let i = a;
  while (i < b) {
    const type = TAG_TYPE[tags[i - a]!]!;
    let j = i + 1;
    // A name runs over its I- tags; untyped stretches (O and MISC) are taken whole.
    if (type === null) while (j < b && TAG_TYPE[tags[j - a]!] === null) j++;
    else while (j < b && TAG_INSIDE[tags[j - a]!]) j++;
    if (type === null) addUntyped(s, i, j, tags, a);
    else addName(s, i, j, type);
    i = j;
  }
  titledGroups(s, a, b);
  placeBased(s, a, b);
  listedPlaces(s, a, b, tags);
  listedOrganisations(s, a, b, tags);
  stateAbbreviations(s, a, b);
  coordinatedOrganisations(s, a, b);
  institutionPortfolios(s, a, b);
  clubNames(s, a, b);
  outletNames(s, a, b);
  knownOutlets(s, a, b);
  completeCutOrganisations(s, a, b);
  bracketedCompanyForms(s, a, b);
  ampersandNames(s, a, b);
  datelinePlace(s, a, b);
  return s.out;
}

/**
 * "Bill & Melinda Gates Foundation", "London School of Hygiene & Tropical Medicine", "Marks & Spencer": an
 * ampersand between capitalised words joins one name, an organisation's unless the lexicon lists a place,
 * when the whole reads as one name.
 */
function ampersandNames(s: Sentence, a: number, b: number): void {
  const { tokens, text } = s;
  if (!text.slice(tokens[a]!.start, tokens[b - 1]!.end).includes('&')) return;
  for (let k = a + 1; k < b - 1; k++) {
    if (tokens[k]!.text !== '&' || !tokens[k - 1]!.cap || !tokens[k + 1]!.cap) continue;
    // The name the model found on either side is taken whole ("London School of Hygiene").
    const left = s.out.find((n) => n.start <= tokens[k - 1]!.start && tokens[k - 1]!.end <= n.end);
    let from = k - 1;
    if (left) while (from > a && tokens[from - 1]!.start >= left.start) from--;
    else [from] = capitalisedRun(s, a, b, k - 1, k);
    const right = s.out.find((n) => n.start <= tokens[k + 1]!.start && tokens[k + 1]!.end <= n.end);
    let to = k + 2;
    while (to < b && (tokens[to]!.cap || (right && tokens[to]!.end <= right.end))) to++;
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    // Two names side by side stay two ("Moses Malone & Dikembe Mutombo"): the whole must end in a head noun,
    // continue an organisation the model found, or be a name the gazetteer lists.
    const joins =
      ORG_CUES.has(bare(tokens[to - 1]!.text)) ||
      (left?.type === 'ORG' && left.start < tokens[k - 1]!.start && !right) ||
      (listedBits(s, from, to) & ORG_BITS) !== 0;
    if (!joins) continue;
    const place = PLACES.get(text.slice(start, end));
    overrule(s, from, to, [{ start, end, type: place?.type ?? 'ORG' }]);
    k = to - 1;
  }
}

/** Whether `tokens[k]` opens a person's span as no part of the name: a title, an honorific, "Frenchman". */
function isHonorific(tokens: readonly Token[], k: number): boolean {
  const word = bare(tokens[k]!.text);
  if (TITLES.has(word) || MORE_HONORIFICS.has(word) || isDemonymMember(word)) return true;
  // "Tan Sri Azman Hashim"; but "Sri Mulyani Indrawati" is her name.
  return (
    (word === 'Tan' && tokens[k + 1]?.text === 'Sri') || (word === 'Sri' && tokens[k - 1]?.text === 'Tan')
  );
}

const COURT_LEVELS: ReadonlySet<string> = new Set(['District', 'Circuit', 'Magistrate', 'Bankruptcy']);
const GEOGRAPHIC_HEADS: ReadonlySet<string> = new Set(
  `Prefecture Peninsula Province Governorate Oblast Mountains Valley Plateau Basin Delta Desert Gulf Strait
Straits Sea Ocean Islands Archipelago Trough Coast Canyon Glacier Bay Reef Heights Plains`.split(/\s+/),
);
const GEOGRAPHIC_OPENERS: ReadonlySet<string> = new Set('River Lake Mount Cape'.split(' '));
const STREETS: ReadonlySet<string> = new Set(
  'Road Street Lane Drive Avenue Boulevard Crescent Terrace'.split(' '),
);
const STREET_BODIES: ReadonlySet<string> = new Set(['Downing', 'Wall', 'Fleet', 'Threadneedle', 'Dalal']);

/**
 * "Noto Peninsula", "River Severn"; not "Michael Bay" (a first name, then a head that is a surname too) nor
 * "River Cats" (a common word after the opener: a team).
 */
function isGeographic(s: Sentence, x: number, y: number): boolean {
  const { tokens } = s;
  const last = tokens[y - 1]!.text;
  if (ORG_CUES.has(bare(last)) || MASTHEADS.has(last)) return false;
  if (GEOGRAPHIC_OPENERS.has(tokens[x]!.text)) return !(s.tagger.listedWord(last) & COMMON);
  return GEOGRAPHIC_HEADS.has(last) && !(s.tagger.listedWord(tokens[x]!.text) & FIRST_NAME);
}
const JOB_ENDING = /^\p{Lu}\p{Ll}{3,}(?:ist|er|or|ian|ant|ent|ate)$/u;

function isJobWordOpening(s: Sentence, token: Token): boolean {
  return (
    token.weak &&
    !token.headline &&
    JOB_ENDING.test(token.text) &&
    !(s.tagger.listedWord(token.text) & (FIRST_NAME | SURNAME))
  );
}
const SURNAME = gazetteerBit('last');
const STRUCTURES: ReadonlySet<string> = new Set(
  'Bridge Airport Station Dam Tunnel Canal Highway Motorway Expressway Square Avenue Boulevard'.split(' '),
);

/**
 * The index of the "of" in an organisation's span that parts a person from the body: two or more capitalised
 * words ending in a listed surname and opening with no common word or organisation's word (unless a first
 * name); -1 when none does.
 */
function personOfOrganisation(s: Sentence, x: number, y: number): number {
  const { tokens } = s;
  const opens = s.tagger.listedWord(tokens[x]!.text);
  if (opens & (COMMON | ORG_BITS) && !(opens & FIRST_NAME)) return -1;
  for (let k = x + 2; k < y - 1; k++) {
    const t = tokens[k]!;
    if (t.text === 'of') return s.tagger.listedWord(tokens[k - 1]!.text) & SURNAME ? k : -1;
    if (!t.cap) return -1;
  }
  return -1;
}

const MEMBER = /^(\p{Lu}\p{Ll}+?)(?:wo)?m[ae]n$/u;

/** "Frenchman", "Dutchwoman", "Englishmen": a listed demonym with "man", "woman" or their plurals. */
function isDemonymMember(word: string): boolean {
  if (!word.endsWith('n')) return false;
  const stem = MEMBER.exec(word)?.[1];
  return stem !== undefined && PLACES.get(stem)?.type === 'GROUP';
}

const ADJECTIVE_ENDING = /(?:ic|ive|al|an|ist)$/;
// "Environmental", "Atomic": a title-case adjective (not a handle such as "OUPAcademic").
const CUT_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ic|ive|al|an|ist)$/u;

/**
 * "Australian Competition and Consumer Commission", "Kenya Wildlife and Forestry Authority": capitalised words,
 * "and", capitalised words up to an organisation's head noun are one organisation when the words either side
 * of "and" are common nouns ("Competition", "Consumer"). Two names joined by "and" stay two: "Google and
 * Microsoft Corporation", "Brazil and Argentina Football Association", "Prevention and Rodale Books".
 */
const THE_BEFORE = /(?:\bthe|['’]s)\s+$/i;

function coordinatedOrganisations(s: Sentence, a: number, b: number): void {
  const { tokens, text } = s;
  const base = tokens[a]!.start;
  // Only an "and" before a capital is tried: most are not (searched within the sentence, not past it).
  const sentence = text.slice(base, tokens[b - 1]!.end);
  for (let at = sentence.indexOf(' and '); at >= 0; at = sentence.indexOf(' and ', at + 5)) {
    const next = sentence.charCodeAt(at + 5);
    if (next < 65 || next > 90) continue;
    const k = a + partitionPoint(b - a, (i) => tokens[a + i]!.start < base + at + 1);
    if (k <= a || k >= b - 1 || tokens[k]!.text !== 'and') continue;
    const left = tokens[k - 1]!;
    if (!left.cap || left.headline || !tokens[k + 1]!.cap) continue;
    const right = tokens[k + 1]!;
    const [from] = capitalisedRun(s, a, b, k - 1, k);
    const start = tokens[from]!.start;
    // Or "the International Maize and Wheat Improvement Center", "the UK's Biotechnology and Biological
    // Sciences Research Council": after "the" or a possessive, words no list gives as names.
    const unlisted = () =>
      !isListedName(s, left) &&
      !isListedName(s, right) &&
      THE_BEFORE.test(text.slice(Math.max(base, start - 6), start));
    const common = isCommonNoun(s, left) && isCommonNoun(s, right);
    if (!common && !unlisted()) continue;
    // "Party and …", "Fund and …": a name ends there; "Democratic and …": an adjective shares the noun after.
    if (ORG_CUES.has(left.text) || ADJECTIVE_ENDING.test(left.text)) continue;
    let head = -1;
    for (let j = k + 1; j < b && tokens[j]!.cap; j++) if (ORG_CUES.has(bare(tokens[j]!.text))) head = j;
    // A head noun alone after "and" is a name of its own ("… Review and Club for Growth"), and one before
    // "of" is the model's to read ("Returned and Services League of Australia").
    if (head < k + 2 || tokens[head + 1]?.text === 'of') continue;
    const end = tokens[head]!.end;
    // A person the model found there stays, unless the words are no one's name ("Biotechnology").
    if (common && s.out.some((n) => n.type === 'PERSON' && n.start < tokens[k]!.start && n.end > start))
      continue;
    if (PLACES.has(text.slice(start, left.end))) continue;
    overrule(s, from, head + 1, [{ start, end, type: 'ORG' }]);
    at = end - base;
  }
}

// "Pula Waterworks (Pty) Ltd", "Hilal Foods (Pvt) Limited": a company form in brackets, as southern Africa and
// South Asia write it.
const BRACKETED_COMPANY = /((?:\p{Lu}[\p{L}&'’-]*\s+){1,5})\((?:Pty|Pvt|Private)\)\s+(?:Ltd|Limited)\b\.?/gu;

/** The capitalised words before a bracketed company form, with the form, are one organisation. */
function bracketedCompanyForms(s: Sentence, a: number, b: number): void {
  const { tokens, text } = s;
  const from = tokens[a]!.start;
  const slice = text.slice(from, tokens[b - 1]!.end);
  if (!slice.includes(')')) return;
  BRACKETED_COMPANY.lastIndex = 0;
  for (let m = BRACKETED_COMPANY.exec(slice); m; m = BRACKETED_COMPANY.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].replace(/\.$/, '').length;
    const x = a + partitionPoint(b - a, (i) => tokens[a + i]!.start < start);
    const y = a + partitionPoint(b - a, (i) => tokens[a + i]!.start < end);
    if (x < y) overrule(s, x, y, [{ start, end, type: 'ORG' }]);
  }
}

/**
 * "North Carolina Department of Environmental" + "Quality": an organisation the model ended on an adjective,
 * which no name ends with, takes the capitalised words after it up to a title or another name.
 */
function completeCutOrganisations(s: Sentence, a: number, b: number): void {
  const { tokens } = s;
  for (const n of s.out) {
    if (n.type !== 'ORG') continue;
    const last = a + partitionPoint(b - a, (i) => tokens[a + i]!.end < n.end);
    const word = tokens[last]!;
    if (last >= b - 1 || word.end !== n.end || word.start === n.start || !CUT_ADJECTIVE.test(word.text))
      continue;
    let end = last + 1;
    while (end < b && tokens[end]!.cap && !TITLES.has(bare(tokens[end]!.text))) end++;
    if (end === last + 1) continue;
    const until = tokens[end - 1]!.end;
    if (s.out.some((m) => m !== n && m.start < until && m.end > n.end)) continue;
    n.end = until;
  }
}

/**
 * "Joplin, Mo.", "KANSAS CITY, Mo. (AP) —", "Flin Flon, Man.": a state's or a province's abbreviation after a
 * capitalised name and a comma names the state, and the name before it is a town in it.
 */
function stateAbbreviations(s: Sentence, a: number, b: number): void {
  const { tokens } = s;
  for (let k = a + 2; k < b; k++) {
    const t = tokens[k]!;
    if (!t.cap || tokens[k - 1]!.text !== ',' || !tokens[k - 2]!.cap) continue;
    const dot = tokens[k + 1];
    const dotted = `${t.text}.`;
    const listed = (name: string) => STATE_ABBREVIATIONS.has(name) || PROVINCE_ABBREVIATIONS.has(name);
    const last = dot && dot.text === '.' && dot.start === t.end && listed(dotted) ? k + 1 : k;
    if (last === k && !listed(t.text)) continue;
    const [from] = capitalisedRun(s, a, b, k - 2, k - 1);
    overrule(s, from, k - 1, [{ start: tokens[from]!.start, end: tokens[k - 2]!.end, type: 'PLACE' }]);
    overrule(s, k, last + 1, [{ start: t.start, end: tokens[last]!.end, type: 'PLACE' }]);
  }
}

/** Whether a name the model found overlaps [start, end) and runs on past it ("New York" in "New York Times"). */
function runsPast(s: Sentence, start: number, end: number): boolean {
  return s.out.some((n) => n.start < end && n.end > start && (n.start < start || n.end > end));
}

/**
 * A place of several words the lexicon lists is one place, however the model split or typed it ("Côte" +
 * "d'Ivoire", "Trinidad" and "Tobago"), unless a name the model found runs on past it ("New York" stays
 * inside "New York Times") or the model read the words as part of an event or a title (MISC: "the 2019
 * United Kingdom general election").
 */
function listedPlaces(s: Sentence, a: number, b: number, tags: Uint8Array): void {
  const { tokens, text } = s;
  for (let k = a; k < b - 1; k++) {
    const first = tokens[k]!;
    const second = tokens[k + 1]!;
    // The cheap tests first: this runs on every capitalised word.
    if (!first.cap || (!second.cap && !LOWER_SECOND_WORDS.has(second.text))) continue;
    const words = MULTI_WORD_PLACE_WORDS.get(first.text);
    if (words === undefined) continue;
    let last = -1;
    for (let j = k + 1; j < Math.min(b, k + words); j++)
      if (PLACES.get(text.slice(first.start, tokens[j]!.end))?.type === 'PLACE') last = j;
    if (last < 0 || tags.subarray(k - a, last + 1 - a).some((tag) => TAG_MISC[tag])) continue;
    const start = first.start;
    const end = tokens[last]!.end;
    if (runsPast(s, start, end)) continue;
    overrule(s, k, last + 1, [{ start, end, type: 'PLACE' }]);
    k = last;
  }
}

const JOINING = /^(?:of|for|and|&|de|du|la|le|the|on|in|at|to)$/;

/**
 * An organisation or team of several words that the name lists give as nothing else ("Kansas City Chiefs",
 * "Bank of America") is one organisation, however the model split or typed it ("Kansas City" + "Chiefs"),
 * unless a name the model found runs on past it or the model read the words as a title or an event (MISC).
 */
function listedOrganisations(s: Sentence, a: number, b: number, tags: Uint8Array): void {
  const { tokens } = s;
  for (let k = a; k < b - 1; k++) {
    // The cheap tests first: this runs on every capitalised word, and a listed name of several words goes on
    // with a capital or a joining word ("Bank of America", "Johnson & Johnson").
    if (!tokens[k]!.cap || !(tokens[k + 1]!.cap || JOINING.test(tokens[k + 1]!.text))) continue;
    const most = s.tagger.phraseWords(tokens[k]!.text);
    if (most < 2) continue;
    for (let j = Math.min(b, k + most); j > k + 1; j--) {
      if (!tokens[j - 1]!.cap || listedType(listedBits(s, k, j)) !== 'ORG') continue;
      const start = tokens[k]!.start;
      const end = tokens[j - 1]!.end;
      if (tags.subarray(k - a, j - a).some((tag) => TAG_MISC[tag])) break;
      if (runsPast(s, start, end)) break;
      overrule(s, k, j, [{ start, end, type: 'ORG' }]);
      k = j - 1;
      break;
    }
  }
}

// A capitalised preposition inside running text belongs to a title: "Doctors Without Borders", "Mothers
// Against Drunk Driving". Not "Of", which joins too many other titles ("Lord Of The Rings").
const TITLE_PREPOSITION = /^(?:Without|For|Against|Beyond|Across|Sans)$/;
const PLURAL_WORD = /^\p{Lu}\p{Ll}{2,}s$/u;

/**
 * The capitalised run around tokens [first, last): leftwards over capitals that are not a common sentence
 * start, rightwards over capitals.
 */
function capitalisedRun(s: Sentence, a: number, b: number, first: number, last: number): [number, number] {
  const { tokens } = s;
  let from = first;
  while (from > a && tokens[from - 1]!.cap && !isCommonStart(s, tokens[from - 1]!)) from--;
  let to = last;
  while (to < b && tokens[to]!.cap) to++;
  return [from, to];
}

/**
 * "Doctors Without Borders", "Reporters Without Borders": people named by a plural noun, a capitalised
 * preposition and a capitalised cause are an organisation, whatever the model made of the words.
 */
function titledGroups(s: Sentence, a: number, b: number): void {
  const { tokens } = s;
  for (let k = a + 1; k < b - 1; k++) {
    const t = tokens[k]!;
    if (!t.cap || t.headline || !TITLE_PREPOSITION.test(t.text) || !PLURAL_WORD.test(tokens[k - 1]!.text))
      continue;
    const [from, to] = capitalisedRun(s, a, b, k - 1, k + 1);
    if (to === k + 1) continue;
    overrule(s, from, to, [{ start: tokens[from]!.start, end: tokens[to - 1]!.end, type: 'ORG' }]);
    k = to - 1;
  }
}

/** "Oslo-based Nordvik Bank": a place, then the organisation based there, whatever the model said. */
function placeBased(s: Sentence, a: number, b: number): void {
  const { tokens } = s;
  for (let k = a; k < b - 1; k++) {
    const t = tokens[k]!;
    if (!tokens[k + 1]!.cap || !BASED_TAIL.test(t.text) || !BASED_IN.test(t.text)) continue;
    const [from, to] = capitalisedRun(s, a, b, k, k + 1);
    overrule(s, from, to, [
      { start: tokens[from]!.start, end: t.start + t.text.lastIndexOf('-'), type: 'PLACE' },
      { start: tokens[k + 1]!.start, end: tokens[to - 1]!.end, type: 'ORG' },
    ]);
    k = to - 1;
  }
}

function push(s: Sentence, x: number, y: number, type: EntityType): void {
  if (y > x) s.out.push({ start: s.tokens[x]!.start, end: s.tokens[y - 1]!.end, type });
}

/**
 * Tokens the model left untyped or called MISC (`tags`, the sentence's from token `tagsFrom`): only lexicon
 * groups, place pairs, an institution named "X of Y" at a sentence start and a company or paper its description
 * names come out of them.
 */
function addUntyped(s: Sentence, a: number, b: number, tags: Uint8Array, tagsFrom: number): void {
  const { tokens, text } = s;
  if (
    b - a > 1 &&
    tokens[b - 1]!.end - tokens[a]!.start <= LONGEST_PLACE &&
    PLACES.get(text.slice(tokens[a]!.start, tokens[b - 1]!.end))?.type === 'GROUP'
  )
    return push(s, a, b, 'GROUP');
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (!t.cap) continue;
    // At a sentence start only, where its capital is no evidence for the model; inside a sentence, the model
    // has read the capitals and "Board of Directors" is no institution's name.
    const end =
      t.weak && !t.headline && INSTITUTIONS.has(t.text)
        ? institutionEnd(s, k, b, tags, tagsFrom)
        : describedNameEnd(s, k, b);
    if (end > k) {
      push(s, k, end, 'ORG');
      k = end - 1;
      continue;
    }
    const pair = placePair(t.text);
    if (pair) {
      s.out.push({ start: t.start, end: t.start + pair[2], type: pair[0].type });
      s.out.push({ start: t.start + pair[2] + 1, end: t.end, type: pair[1].type });
    } else if (
      PLACES.get(t.text)?.type === 'GROUP' ||
      listedType(listedBits(s, k, k + 1)) === 'GROUP' ||
      isDemonymMember(t.text)
    )
      push(s, k, k + 1, 'GROUP');
  }
}

const AND = /^(?:and|&)$/;
const MEDIA_NOUN = new RegExp(`^ ${MEDIA_AFTER}`);
// The first words MEDIA_AFTER may start with: the cheap test, as most capitalised words are followed by none.
const MEDIA_FIRST =
  /^(?:state|national|official|private|news|newspaper|daily|broadcaster|tabloid|TV|television|radio)$/;

/**
 * The end of a company's or news organisation's name at `k` that the model left untyped, known by what precedes
 * it ("the newspaper Postimees", "payments startup Kopa") or follows it ("the Yonhap news agency", "the
 * Kommersant daily"), or `k`. Capitalised words only, none of them a common word ("The news agency", "State
 * broadcaster"), a place or a people.
 */
function describedNameEnd(s: Sentence, k: number, b: number): number {
  const { tokens, text } = s;
  // The cheap tests first, on the capitals alone: this runs on every capitalised word the model left.
  const described =
    k > 0 && tokens[k - 1]!.sentence === tokens[k]!.sentence && DESCRIPTORS.has(tokens[k - 1]!.text);
  let capitals = k;
  while (capitals < b && tokens[capitals]!.cap) capitals++;
  const media =
    !described &&
    capitals < b &&
    MEDIA_FIRST.test(tokens[capitals]!.text) &&
    MEDIA_NOUN.test(text.slice(tokens[capitals - 1]!.end, tokens[capitals - 1]!.end + 40));
  if (!described && !media) return k;
  const end = namedRunEnd(s, k, b);
  if (end === k) return k;
  if (described) return founderFollows(text, tokens[end - 1]!.end) ? k : end;
  return end === capitals ? end : k;
}

/** The end of the capitalised words from `k`, none of them a common word, a place or a people; else `k`. */
function namedRunEnd(s: Sentence, k: number, b: number): number {
  const { tokens } = s;
  let end = k;
  while (end < b && tokens[end]!.cap && tokens[end]!.word && !isCommonNoun(s, tokens[end]!)) {
    // "the Swedish daily", "a Calgary newspaper": a people or a place says where the paper is.
    if (PLACES.has(tokens[end]!.text) || s.tagger.listedWord(tokens[end]!.text) & (PLACE_BITS | DEMONYM_BITS))
      return k;
    end++;
  }
  return end;
}

/**
 * The end of an institution's "X of Y" name opening a sentence at head noun `k` ("Ministry of Fisheries",
 * "Commission for Human Rights and Administrative Justice", "Department of the Interior"), or `k` when no
 * capitalised words follow its "of" or the model read the words as a title or an event (MISC in `tags`).
 */
function institutionEnd(s: Sentence, k: number, b: number, tags: Uint8Array, tagsFrom: number): number {
  const { tokens } = s;
  if (k + 2 >= b || !OF_OR_FOR.test(tokens[k + 1]!.text)) return k;
  let from = k + 2;
  if (tokens[from]!.text === 'the' && from + 1 < b) from++;
  let end = from;
  while (end < b && (tokens[end]!.cap || (AND.test(tokens[end]!.text) && tokens[end + 1]?.cap)))
    end += tokens[end]!.cap ? 1 : 2;
  if (end === from) return k;
  for (let i = k; i < end; i++) if (TAG_MISC[tags[i - tagsFrom]!]) return k;
  return end;
}

/** A word that says what a company does: "Chipmaker", "Lender". */
const isDescriptor = (word: string) => MAKER.test(word) || OPENING_DESCRIPTORS.has(word.toLowerCase());

/** A capitalised common word at a sentence start ("The", "Chipmaker"): no evidence of a name. */
function isCommonStart(s: Sentence, t: Token): boolean {
  if (!t.weak) return false;
  const bits = s.tagger.listedWord(t.text);
  return (bits & COMMON) !== 0 && (bits & (PERSON_NAME_BITS | ORG_BITS | PLACE_BITS)) === 0;
}

// Words that open a sentence with a part or a following of what is named after "of" ("Shares of Safaricom").
const PARTS_OF: ReadonlySet<string> = new Set(
  `Shares Stocks Some Many Most Much Members Residents Supporters Fans Thousands Hundreds Millions Dozens Parts Rest
Employees Workers Customers Investors Owners Users Critics Rivals Sales Profits`.split(/\s+/),
);

// Lower-case words a person's name may hold ("Ursula von der Leyen", "Mohammed bin Salman").
const NAME_PARTICLE = /^(?:van|von|de[rnls]?|della|d[aou]|d[ao]s|l[ae]|bin|ibn|al|el|te[rn])$/;
const LOWER_START = /^\p{Ll}/u;

const ACRONYM = /^\p{Lu}{2,}$/u;
// Marks of a sports club's name: an abbreviation anywhere in it, or a word that opens one.
const CLUB_MARKS: ReadonlySet<string> = new Set(
  'FC AFC SC CF AC SV VfB VfL RC CD SD UD SSC FK NK BK IF'.split(' '),
);
const CLUB_OPENERS: ReadonlySet<string> = new Set(
  'Sporting Atletico Atlético Dynamo Dinamo Olympique Olympiacos Borussia Cercle Racing Deportivo'.split(' '),
);

// Words that end newspapers' names and no organisation list's head nouns ("Post", "Times" are there).
const MASTHEADS: ReadonlySet<string> = new Set(
  'Courier Gazette Chronicle Mirror Observer Standard Graphic Inquirer Examiner Dispatch Bulletin'.split(' '),
);

const COMPANY_OPENERS: ReadonlySet<string> = new Set(
  'Deutsche Deutscher Deutsches Banco Banca Banque Société Societe Compagnie Companhia Compañía Grupo Groupe Gruppo'.split(
    ' ',
  ),
);

function isClub(tokens: readonly Token[], x: number, y: number): boolean {
  if (CLUB_OPENERS.has(tokens[x]!.text)) return true;
  for (let k = x; k < y; k++) if (CLUB_MARKS.has(tokens[k]!.text)) return true;
  return false;
}
// Offices whose holder's name follows them, after the party or place they sit for ("Labour MP Jess Phillips").
const HOLDER_TITLES: ReadonlySet<string> = new Set(
  'MP MPs MLA MEP Senator Sen Rep Governor Gov Mayor Minister Premier Chancellor Chairman Chairwoman CEO Spokesperson Spokesman Spokeswoman Secretary Commissioner Ambassador Councillor Congressman Congresswoman Leader'.split(
    ' ',
  ),
);
// Titles that end an organisation's name only as its officer's: "WHO Director-General", "Apple CEO".
const OFFICER = /-|^(?:CEO|CFO|COO)$/;
// Offices that end no organisation's name ("National Publicity Secretary", "Maintenance Group Commander"), unlike
// titles that do ("Islamic State", "Burger King", "Tas Health").
const OFFICE =
  /^(?:Secretary|Minister|Director|Chairman|Chairwoman|Chairperson|Commissioner|Spokesman|Spokeswoman|Spokesperson|Adviser|Advisor|Treasurer|Registrar|Commander)$/;

/**
 * "the acting National Publicity Secretary", "Labour Party Publicity Secretary": a name the model found that
 * ends with an office and holds no "of" ("Council of Ministers") is the office: no name, or the organisation up
 * to its last head noun. Returns whether it did either.
 */
function officeNotOrganisation(s: Sentence, a: number, b: number): boolean {
  const { tokens } = s;
  if (listedType(listedBits(s, a, b)) === 'ORG') return false;
  let head = -1;
  for (let k = a; k < b; k++) {
    if (OF_OR_FOR.test(tokens[k]!.text)) return false;
    if (ORG_CUES.has(bare(tokens[k]!.text))) head = k;
  }
  if (head >= 0) push(s, a, head + 1, 'ORG');
  return true;
}

/**
 * "UN Secretary-General António Guterres": a title inside a name parts an organisation (or a listed place
 * or group) from the person holding the office; "WHO Director-General" ends with one, so the office is cut
 * off the organisation. Returns whether it added the parts.
 */
function splitAtTitle(s: Sentence, a: number, b: number, modelType: EntityType): boolean {
  const { tokens } = s;
  if (modelType !== 'PERSON' && modelType !== 'ORG') return false;
  for (let k = a + 1; k < b; k++) {
    const title = bare(tokens[k]!.text);
    if (!TITLES.has(title)) continue;
    const last = k === b - 1;
    if (modelType === 'ORG' && last && OFFICE.test(title)) return officeNotOrganisation(s, a, b);
    if (modelType === 'ORG' && !(last && OFFICER.test(title))) return false;
    // "Publicity Secretary": a person's name never ends with an office.
    if (modelType === 'PERSON' && last && OFFICE.test(title)) return officeNotOrganisation(s, a, b);
    if (modelType === 'PERSON' && (last || !tokens[k + 1]!.cap)) return false;
    const listed = listedType(listedBits(s, a, k));
    const acronym = k === a + 1 && ACRONYM.test(tokens[a]!.text);
    const office = listed ?? (modelType === 'ORG' || acronym ? 'ORG' : null);
    let start = k + 1;
    while (start < b && TITLES.has(bare(tokens[start]!.text))) start++;
    // "Iraqi Foreign Minister" names an office and no one holding it.
    if (modelType === 'PERSON' && start === b) return false;
    // "Department of Environmental Quality Secretary Donald van der Vaart": the words before the title end the
    // organisation the model cut off right before them, after an adjective no name ends with.
    const prior = s.out[s.out.length - 1];
    if (
      !office &&
      modelType === 'PERSON' &&
      prior?.type === 'ORG' &&
      prior.end === tokens[a - 1]?.end &&
      CUT_ADJECTIVE.test(tokens[a - 1]!.text)
    ) {
      prior.end = tokens[k - 1]!.end;
      addName(s, start, b, 'PERSON');
      return true;
    }
    // "Samajwadi MP Dimple Yadav": an elected office parts the person from a party or place we cannot type.
    if (!office && modelType === 'PERSON' && HOLDER_TITLES.has(title)) {
      addName(s, start, b, 'PERSON');
      return true;
    }
    if (!office) return false;
    push(s, a, k, office);
    if (modelType === 'PERSON') addName(s, start, b, 'PERSON');
    return true;
  }
  return false;
}

/**
 * "Ethiopia's Ogaden": in a place the model found, a name the lists give as a place or an organisation, then
 * its possessive, is a name of its own, and the words after it another place. Organisations keep theirs
 * ("America's Health Insurance Plans"). Returns whether it added the parts.
 */
function splitAtPossessive(s: Sentence, a: number, b: number): boolean {
  const { tokens } = s;
  for (let i = a + 1; i < b - 2; i++) {
    if (tokens[i + 1]!.text !== 's' || !APOSTROPHE.test(tokens[i]!.text)) continue;
    const surface = s.text.slice(tokens[a]!.start, tokens[i - 1]!.end);
    const type = PLACES.get(surface)?.type ?? listedType(listedBits(s, a, i));
    if (type !== 'PLACE' && type !== 'ORG') return false;
    push(s, a, i, type);
    addName(s, i + 2, b, 'PLACE');
    return true;
  }
  return false;
}

function addName(s: Sentence, a: number, b: number, modelType: EntityType): void {
  const { tokens } = s;
  // Any other lower-case word ends a person's name: "Ana Ruiz met Ms Li Wei" names two people.
  if (modelType === 'PERSON')
    for (let i = a + 1; i < b - 1; i++) {
      const word = tokens[i]!.text;
      if (LOWER_START.test(word) && !NAME_PARTICLE.test(word)) {
        addName(s, a, i, modelType);
        addName(s, i + 1, b, modelType);
        return;
      }
    }
  if ((modelType === 'PLACE' && splitAtPossessive(s, a, b)) || splitAtTitle(s, a, b, modelType)) return;
  // "People leader Radka Horáková" as one organisation: a lower-case role parts the body from its holder.
  if (modelType === 'ORG')
    for (let k = a + 1; k < b - 1; k++)
      if (ROLE_NOUNS.has(tokens[k]!.text) && tokens[k + 1]!.cap) {
        addName(s, a, k, 'ORG');
        addName(s, k + 1, b, 'PERSON');
        return;
      }
  // "in US dollars": the currency, no place.
  if (
    /^dollars?$/.test(tokens[b]?.text ?? '') &&
    /^(?:US|U\.S\.)$/.test(s.text.slice(tokens[a]!.start, tokens[b - 1]!.end))
  )
    return;
  // "U.S. District Judge Margaret Ellison": a court's level before "Judge" is the title's, no organisation.
  if (modelType === 'ORG' && COURT_LEVELS.has(tokens[b - 1]!.text) && tokens[b]?.text === 'Judge') return;
  let x = a;
  let y = b;
  // A name ends with a capitalised word: "the Brazilian government" names a group, not an organisation.
  while (y > x + 1 && !tokens[y - 1]!.cap) y--;
  if (modelType === 'PERSON') {
    while (x < y - 1 && isHonorific(tokens, x)) {
      x++;
      // "Dato' Seri Najib Razak": the honorific's apostrophe goes with it.
      if (x < y - 1 && /^['’]$/.test(tokens[x]!.text)) x++;
    }
    while (y - x > 2 && POST_NOMINALS.has(tokens[y - 1]!.text)) y--;
  }
  // "Industrialist Ratan Tata", "Midfielder Keisuke Honda": a job word opening a sentence before two more
  // names, which no name list gives as a first name, is no part of the person's name.
  if (modelType === 'PERSON' && y - x >= 3 && isJobWordOpening(s, tokens[x]!)) x++;
  // "Co-founder and chief executive Wanjiru Mwangi": a title alone names no one.
  if (modelType === 'PERSON' && y === x + 1 && TITLES.has(bare(tokens[x]!.text))) return;
  // "Logistics startup Tembo": the name follows what the company is.
  for (let k = x + 1; k < y - 1; k++) if (DESCRIPTORS.has(tokens[k]!.text)) x = k + 1;
  const listedWhole = listedBits(s, x, y) !== 0;
  if (
    x < y - 1 &&
    !listedWhole &&
    (isCommonStart(s, tokens[x]!) || (tokens[x]!.weak && isDescriptor(tokens[x]!.text))) &&
    // "Apple Inc": a legal form names the company the word before it is.
    !CORPORATE_SUFFIXES.has(bare(tokens[x + 1]!.text).toLowerCase())
  ) {
    // The head of an "X of Y" name stays: "Ministry of Health said…" keeps its "Ministry", "House of
    // Representatives" its "House"; a part or a following of something goes with its "of": "Shares of
    // Safaricom rose" names Safaricom.
    if (!OF_OR_FOR.test(tokens[x + 1]!.text)) x++;
    else if (PARTS_OF.has(tokens[x]!.text) && x + 2 < y) x += 2;
  }
  // "Union leader …", "Party chief …": a common word opening a sentence is no name on its own.
  if (y === x + 1 && isCommonStart(s, tokens[x]!)) return;
  // "McDonald's": a company listed with its possessive keeps it.
  if (tokens[y]?.text === "'" && tokens[y + 1]?.text === 's' && listedBits(s, x, y + 2) & ORG_BITS) y += 2;
  // "Karolinska Institute in Stockholm": an organisation, then the listed place it is in.
  for (let k = x + 1; k < y - 1; k++) {
    if (!IN_PLACE.test(tokens[k]!.text) || !(listedBits(s, k + 1, y) & PLACE_BITS)) continue;
    push(s, k + 1, y, 'PLACE');
    y = k;
    break;
  }
  // "Kenji Watanabe of Kyoto University": a person of an organisation, not one organisation.
  if (modelType === 'ORG') {
    const of = personOfOrganisation(s, x, y);
    if (of > 0) {
      push(s, x, of, 'PERSON');
      addName(s, of + 1, y, 'ORG');
      return;
    }
  }
  const listed = listedType(listedBits(s, x, y));
  let type = listed ?? modelType;
  // "Police spokesman Resila Onyango": a name right after a person's role is a person, whatever the words
  // before the role suggested; a listed organisation or place keeps its type.
  const before = tokens[x - 1];
  if (!listed && type !== 'PERSON' && before?.sentence === tokens[x]!.sentence && ROLE_NOUNS.has(before.text))
    type = 'PERSON';
  // "The Kremlin said": a seat of government speaks as an organisation, never a person.
  if (type === 'PERSON' && SEATS_OF_POWER.has(s.text.slice(tokens[x]!.start, tokens[y - 1]!.end)))
    type = 'ORG';
  // "Miyazaki Prefecture", "Noto Peninsula", "River Severn": a place by its head word, unless an
  // organisation's ends the name ("Mount Sinai Hospital").
  if (y - x > 1 && !listed && type !== 'PLACE' && isGeographic(s, x, y)) type = 'PLACE';
  // "Francis Scott Key Bridge": a structure named after someone is a place, never the person.
  if (y - x > 1 && type === 'PERSON' && STRUCTURES.has(tokens[y - 1]!.text)) type = 'PLACE';
  // "Millers Lane", "Ridgeview Drive": a street, whoever or whatever it is named after; not a seat of power
  // ("Downing Street said") nor a market ("Wall Street"), nor someone's initials and surname ("GA Street").
  if (
    y - x > 1 &&
    !listed &&
    type !== 'PLACE' &&
    STREETS.has(tokens[y - 1]!.text) &&
    !STREET_BODIES.has(tokens[x]!.text) &&
    // "G.A. Street" is a person: initials, then a surname.
    /\p{Ll}/u.test(tokens[x]!.text)
  )
    type = 'PLACE';
  // "Frenchman", "Irishwomen": a people's member, named by its demonym.
  if (y === x + 1 && isDemonymMember(tokens[x]!.text)) type = 'GROUP';
  // "Nomura Holdings", "Harbour Council": an organisation's head noun ends the name; "Island Courier",
  // "Evening Standard": so does a newspaper's.
  if (
    y - x > 1 &&
    type !== 'ORG' &&
    (ORG_CUES.has(bare(tokens[y - 1]!.text)) || MASTHEADS.has(tokens[y - 1]!.text))
  )
    type = 'ORG';
  // "FC Goa", "Sporting Charleroi", "Real Betis": a club, whatever place or person it is named after.
  if (y - x > 1 && type !== 'ORG' && isClub(tokens, x, y)) type = 'ORG';
  // "Deutsche Bahn", "Banco Santander", "Groupe Renault": a word that opens companies' names in other languages.
  if (y - x > 1 && type === 'PERSON' && COMPANY_OPENERS.has(tokens[x]!.text)) type = 'ORG';
  for (let k = x; k < y; k++) {
    const t = tokens[k]!;
    const pair = placePair(t.text);
    const glued = pair ? null : DESCRIPTOR_TAIL.exec(t.text);
    if (pair) {
      push(s, x, k, type);
      s.out.push({ start: t.start, end: t.start + pair[2], type: pair[0].type });
      s.out.push({ start: t.start + pair[2] + 1, end: t.end, type: pair[1].type });
    } else if (glued && k < y - 1) {
      // "Paris-born Amélie Roux": what precedes the descriptor is a place, the name is what follows.
      s.out.push({ start: tokens[x]!.start, end: t.start + glued[1]!.length, type: 'PLACE' });
    } else continue;
    x = k + 1;
  }
  push(s, x, y, type);
}

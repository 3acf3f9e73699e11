import { US_STATE_FULL_NAMES } from './lexicon/places';
import type { NameSpan } from './name-spans';

// "the village of Karvali", "Their town, Ostrava-Jih, is…": a settlement's name, which the tagger may take for
// a person's. After a comma the name must close its own apposition and be no listed name ("In the city,
// Smith, the mayor, said…" is a person).
// "residents of Kisumu", "the people of Kasipul", "the outskirts of Gyumri": who lives in a place, or its parts.
const SETTLEMENTS =
  'village|town|city|hamlet|district|county|province|region|state|governorate|prefecture|oblast|suburb|island|municipality|residents|inhabitants|people|outskirts|streets|river|lake|valley|constituency|borough|parish';
// A cheap first test of a whole text (plurals pass too: "districts").
const SETTLEMENT = new RegExp(`\\b(?:${SETTLEMENTS})`, 'i');
const SETTLEMENT_OF = new RegExp(`\\b(?:${SETTLEMENTS}) of $`, 'i');
const SETTLEMENT_COMMA = /\b(?:village|town|hamlet|district|suburb|municipality), $/i;
// "Sunamganj district", "in Sylhet and Sunamganj districts", "Wabe Shebelle river flooding", "Benue state",
// "the Gedo region": a lower-case kind of settlement, region or water after the name ("state" in the singular
// only: "Patel states that …" is a verb).
// "the Kasipul parliamentary by-election", "Malava constituency", "Kilimani ward": an electoral area.
const SETTLEMENT_AFTER =
  / (?:districts?|provinces?|count(?:y|ies)|regions?|state|governorates?|prefectures?|oblasts?|villages?|towns?|municipalit(?:y|ies)|rivers?|lakes?|valley|islands?|(?:parliamentary |mayoral |local )?by-elections?|constituency|constituencies|wards?|borough|parish)\b/y;
// "a 23-year-old man from Ashford Vale": where someone is from.
const SOMEONE_FROM =
  /\b(?:man|woman|men|women|boy|girl|teenager|youth|resident|residents|family|couple|driver|farmer|fisherman) from $/i;

// "Kano State", "Ondo State": a state named as Nigerian news names it, which the tagger takes for an
// organisation. Only in a text about Nigeria: elsewhere "San Diego State" or "Fairmont State" is a university
// (both on the NER sets' train splits); "Islamic State" is none anywhere.
const NAMED_STATE = /^((?:\p{Lu}[\p{L}'’-]*\s){1,2})State$/u;
const NIGERIAN = /\b(?:Nigeria|Nigerian|Nigerians|Abuja|LGA|Local Government Area)\b/;
const NOT_STATES = new Set(['Islamic', 'Free', 'Deep', 'Welfare', 'Nation', 'Police', 'Church']);
// "Tudun Wada Local Government Area (of Kano State)": a Nigerian local government area, a place.
const LOCAL_AREA = /\sLocal Government Area\b|^(?:\p{Lu}[\p{L}'’-]*\s){1,2}LGA$/u;

// Words that open place names in Arabic, Persian and Malay ("Khan Younis", "Deir el-Balah", "Kafr Qasim",
// "Bandar Seri Begawan", "Mazar-i-Sharif"), which the tagger takes for people's names. "Ras" and "Sharm" only
// before the article ("Ras al-Khaimah", "Sharm el-Sheikh"): "Ras Baraka" is a mayor.
const TOPONYM_OPENERS =
  /^(?:Deir|Dayr|Khan|Kafr|Beit|Bayt|Tel|Bir|Wadi|Jabal|Jebel|Nahr|Jisr|Qasr|Marsa|Bandar|Kota|Mazar)[\s-](?:(?:al|el|ash|ad|an|ar|as|at|az|es|ed)-)?\p{Lu}/u;
const TOPONYM_WITH_ARTICLE =
  /^(?:Ras|Sharm|Ain|Umm|Tell|Hammam)\s+(?:al|el|ash|ad|an|ar|as|at|az|es|ed)-\p{Lu}/u;
// A person may hold "Khan" ("Sadiq Khan"), never at the start of a name of two words that names a place.
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Sheikh|President|Minister|General|Gen)\.?\s+$/;

/** Whether a name the tagger took for a person's is a place's by the form of its first words. */
function isToponym(text: string, n: NameSpan): boolean {
  const surface = text.slice(n.start, n.end);
  if (!TOPONYM_OPENERS.test(surface) && !TOPONYM_WITH_ARTICLE.test(surface)) return false;
  return !HONORIFIC_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start));
}

/** Whether an organisation's name is a place's: a Nigerian state or local government area. */
function isNamedArea(surface: string, aboutNigeria: boolean): boolean {
  if (LOCAL_AREA.test(surface)) return true;
  const state = aboutNigeria ? NAMED_STATE.exec(surface)?.[1]?.trim() : undefined;
  return state !== undefined && !NOT_STATES.has(state) && !US_STATE_FULL_NAMES.has(state);
}

/**
 * Names the tagger took for people (or, for Nigerian states and local government areas, organisations too) that
 * their context shows are places: every mention of such a name becomes a place. `listedPerson` says whether
 * a name is a listed first name, surname or person.
 */
export function settlementsByContext(
  text: string,
  names: readonly NameSpan[],
  listedPerson: (name: string) => boolean,
): readonly NameSpan[] {
  const places = new Set<string>();
  const areas = new Set<string>();
  const aboutNigeria = NIGERIAN.test(text);
  for (const n of names) {
    const surface = text.slice(n.start, n.end);
    if ((n.type === 'ORG' || n.type === 'PERSON') && isNamedArea(surface, aboutNigeria)) areas.add(surface);
    else if (n.type === 'PERSON' && isToponym(text, n)) areas.add(surface);
  }
  if (SETTLEMENT.test(text)) settlementsNamed(text, names, listedPerson, places);
  placesListedWithPlaces(text, names, listedPerson, places);
  if (places.size === 0 && areas.size === 0) return names;
  return names.map((n) => {
    const surface = text.slice(n.start, n.end);
    const place =
      (n.type === 'PERSON' && places.has(surface)) ||
      ((n.type === 'ORG' || n.type === 'PERSON') && areas.has(surface));
    return place ? { ...n, type: 'PLACE' } : n;
  });
}

// Between the members of a list: a comma, "and", or both. Read where it stands, not from a copy of every gap
// between two names in the text.
const LIST_JOIN = /,\s+(?:and\s+)?|\s+and\s+/y;

/** Whether the text from `end` to `start` is exactly a list's join. */
function joinsList(text: string, end: number, start: number): boolean {
  LIST_JOIN.lastIndex = end;
  return LIST_JOIN.exec(text)?.[0].length === start - end;
}

/**
 * "Protests spread to Lyon, Marseille and Bordeaux": in a list of three or more one-word names where a place
 * stands, a name the tagger took for a person that no list gives as a person's name is a place too. Two are
 * too few ("Kibera and Mathare" made people places on the NER sets' train splits), and the list must be one
 * list: commas, then "and" before its last member.
 */
function placesListedWithPlaces(
  text: string,
  names: readonly NameSpan[],
  listedPerson: (name: string) => boolean,
  places: Set<string>,
): void {
  for (let i = 0; i < names.length;) {
    let j = i + 1;
    while (j < names.length && joinsList(text, names[j - 1]!.end, names[j]!.start)) j++;
    const list = names.slice(i, j);
    i = j;
    if (list.length < 3 || !list.some((n) => n.type === 'PLACE')) continue;
    // One list, "A, B and C": commas, then one "and" before its last member ("Sulla and Trump, Rome and the
    // U.S." pairs names; "#Gaza, #Libya, Assad has" is no list).
    const joins = list.slice(1).map((n, k) => text.slice(list[k]!.end, n.start));
    if (!joins.every((join, k) => /\band\b/.test(join) === (k === joins.length - 1))) continue;
    const words = list.map((n) => text.slice(n.start, n.end));
    // Names of two words count only when neither word is a listed person's ("Chiang Mai", "Khon Kaen",
    // "Mbeere North"); longer names are left alone.
    const twoWordPerson = (w: string) => w.split(' ').some(listedPerson);
    if (words.some((w) => w.split(' ').length > 2 || (w.includes(' ') && twoWordPerson(w)))) continue;
    // A name a list gives as a surname is a place too when it stands alone among places ("Michoacán,
    // Guerrero and Zacatecas").
    const alone = list.filter((n) => n.type !== 'PLACE').length === 1;
    for (const [k, n] of list.entries())
      if (n.type === 'PERSON' && (alone || !listedPerson(words[k]!))) places.add(words[k]!);
  }
}

/** Adds to `places` the names the tagger took for people that a settlement's word says are places. */
function settlementsNamed(
  text: string,
  names: readonly NameSpan[],
  listedPerson: (name: string) => boolean,
  places: Set<string>,
): void {
  for (const n of names) {
    if (n.type !== 'PERSON') continue;
    const before = text.slice(Math.max(0, n.start - 16), n.start);
    const surface = text.slice(n.start, n.end);
    SETTLEMENT_AFTER.lastIndex = n.end;
    if (
      SETTLEMENT_OF.test(before) ||
      (SOMEONE_FROM.test(before) && !listedPerson(surface)) ||
      (SETTLEMENT_AFTER.test(text) && !listedPerson(surface)) ||
      (SETTLEMENT_COMMA.test(before) &&
        text[n.end] === ',' &&
        !surface.includes(' ') &&
        !listedPerson(surface))
    )
      places.add(surface);
  }
}

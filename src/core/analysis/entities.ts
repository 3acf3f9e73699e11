import type { Entity, EntityType, NumberMention, Span } from '../model/analysis';
import { DATE_WORD, createDateFinder } from './dates';
import { PLACES, type PlaceEntry } from './lexicon/places';
import {
  COMMON_STARTERS,
  CONNECTORS,
  KNOWN_ORGS,
  NAME_PARTICLES,
  ORG_CUES,
  SAY_VERBS,
  TITLES,
} from './lexicon/words';
import { numbersBySentence } from './numbers';
import { tokenize, type Token } from './tokens';

type Typed = { type: EntityType; canonical: string };
type Mention = { start: number; end: number; type: EntityType; canonical: string };
type Run = { a: number; b: number };

const ARTICLE = /^(?:A|An|The)$/;
const STANCE = /^(?:pro|anti)-/;
const ACRONYM_DEFINED = /^ ?\(([A-Z][A-Za-z]{1,7})\)/;
const LAST_WORD = /\s+\S+$/;
const ABSTRACT_NOUN = /(?:ment|tion|sion|ity|ance|ence|ism|ship|ness|ogy|ics)$/;
// Ordinals and how often something happens ("the Fifth Annual Summit"): never part of a person's name.
const COUNTING_WORDS = new Set(
  'First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth Annual Biennial Inaugural'.split(
    ' ',
  ),
);

/** The two places a word like "India-US" or "India-U.S." joins, or null. */
function placePair(word: string): [PlaceEntry, PlaceEntry, number] | null {
  const dash = word.indexOf('-');
  if (dash <= 0 || word.indexOf('-', dash + 1) >= 0) return null;
  const left = PLACES.get(word.slice(0, dash));
  const right = PLACES.get(word.slice(dash + 1));
  return left && right ? [left, right, dash] : null;
}

// An unknown single name after these words is a place ("reached Guwahati", "in Kochi").
const LOCATIVE = /\b(?:in|at|near|outside|across|from|into|reached|leave|left|visited|visit)\s+$/;

// Capitalised words that name events, documents or places rather than people.
const EVENT_WORDS = new Set(
  'Year Dialogue Summit Conference Act Bill Policy Strategy Initiative Programme Program Plan Treaty Agreement Accord Award Prize Cup Games Olympics War Day Week Festival Forum Report Index Declaration Protocol Scheme Mission Operation Project Talks Memorandum Training Cooperation'.split(
    ' ',
  ),
);
const PLACE_WORDS = new Set(
  'Road Street Avenue Square Airport Station Stadium Park River Island Islands Province District County Valley Bay Sea Ocean Lake Mountains Hills Border Strait Canal Port Bridge Nagar City Heights Harbour Harbor Beach Springs Falls Coast Peninsula Gulf'.split(
    ' ',
  ),
);
// First words of place names ("Port Elling", "Mount Ossa", "St. Albans"): a person's name does not start so.
const PLACE_PREFIXES = new Set('Port Fort Mount Mt Lake Cape Saint St. San Santa Los Las New'.split(' '));
// Titles of office held over a place: in "Mayor Ana Ruiz of X" a name X is the place (or, with a cue, an ORG).
const OFFICE_TITLES = new Set(
  'Mayor Governor Gov President Premier Minister Chancellor King Queen Prince Princess Senator Sen Rep Representative Congressman Congresswoman MP MLA'.split(
    ' ',
  ),
);
// Units worth keeping inside a NUMBER entity; other counted nouns ("50 people") stay outside.
const MEASURE_UNITS = new Set(
  '% USD INR EUR GBP second minute hour day week month year decade km kg tonne mile metre'.split(' '),
);

function isNameToken(t: Token): boolean {
  return t.cap && t.word;
}

/** "Gov." as "Gov", to look titles up. */
function withoutFinalDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** Whether any of `tokens[a..b)` passes `test` (as `tokens.slice(a, b).some(test)`, without the copy). */
function someIn(tokens: readonly Token[], a: number, b: number, test: (t: Token) => boolean): boolean {
  for (let i = a; i < b; i++) if (test(tokens[i]!)) return true;
  return false;
}

function isAcronym(word: string): boolean {
  return /^[A-Z]{2,6}$/.test(word);
}

/** Maximal runs of capitalised tokens, joined across connectors when the run names an organisation. */
function findRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    let hasCue = ORG_CUES.has(tokens[i]!.text);
    while (j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence) {
      const t = tokens[j]!;
      if (isNameToken(t)) {
        hasCue ||= ORG_CUES.has(t.text);
        j++;
        continue;
      }
      const next = tokens[j + 1];
      const lower = t.text.toLowerCase();
      const andStops =
        lower === 'and' &&
        (ORG_CUES.has(tokens[j - 1]!.text) || (next !== undefined && PLACES.has(next.text)));
      if (
        t.text === lower &&
        CONNECTORS.has(lower) &&
        next &&
        !andStops &&
        (hasCue || NAME_PARTICLES.has(lower))
      ) {
        const after = lower === 'of' && next.text === 'the' ? tokens[j + 2] : next;
        if (after && isNameToken(after) && after.sentence === t.sentence && !DATE_WORD.test(after.text)) {
          j = tokens.indexOf(after, j);
          continue;
        }
      }
      break;
    }
    runs.push({ a: i, b: j });
    i = j;
  }
  return runs;
}

function textOf(text: string, tokens: readonly Token[], a: number, b: number): string {
  return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
}

/** True when the run follows "<office title> <name> of (the)": "Mayor Ana Ruiz of Port Elling". */
function followsOfficeHolder(tokens: readonly Token[], prev: Run | undefined, run: Run): boolean {
  if (!prev || tokens[prev.b]?.text !== 'of' || tokens[prev.b]!.sentence !== tokens[run.a]!.sentence)
    return false;
  if (run.a !== prev.b + 1 && !(run.a === prev.b + 2 && tokens[prev.b + 1]!.text === 'the')) return false;
  const words = tokens.slice(prev.a, prev.b).map((t) => withoutFinalDot(t.text));
  const title = words.findIndex((w) => OFFICE_TITLES.has(w));
  return title >= 0 && words.slice(title).some((w) => !TITLES.has(w));
}

/**
 * Types one run on its own evidence into `out`; false when the run needs document evidence. `ofPlace`: the
 * run names where an office holder serves, so it is a place unless it carries an organisation cue.
 */
function typeRun(text: string, tokens: readonly Token[], run: Run, out: Mention[], ofPlace = false): boolean {
  let { a } = run;
  const { b } = run;
  // A capitalised common word at a sentence start is not part of a name.
  while (
    a < b &&
    COMMON_STARTERS.has(tokens[a]!.text) &&
    (tokens[a]!.weak || ARTICLE.test(tokens[a]!.text)) &&
    !PLACES.has(textOf(text, tokens, a, b))
  )
    a++;
  if (a >= b) return true;
  const push = (x: number, y: number, type: EntityType, canonical?: string): void => {
    out.push({
      start: tokens[x]!.start,
      end: tokens[y - 1]!.end,
      type,
      canonical: canonical ?? textOf(text, tokens, x, y),
    });
  };
  const whole = textOf(text, tokens, a, b);
  const stance = STANCE.exec(whole);
  const place = stance ? PLACES.get(whole.slice(stance[0].length)) : PLACES.get(whole);
  if (stance) return place?.type === 'GROUP' ? (push(a, b, 'GROUP', whole), true) : true;
  const first = tokens[a]!;
  const last = tokens[b - 1]!;
  if (place) return (push(a, b, place.type, place.canonical), true);
  if (KNOWN_ORGS.has(whole)) return (push(a, b, 'ORG'), true);
  if (ORG_CUES.has(last.text) && b - a > 1) return (push(a, b, 'ORG'), true);
  let t = a;
  while (t < b && !TITLES.has(withoutFinalDot(tokens[t]!.text))) t++;
  if (t < b && !someIn(tokens, a, b, (k) => ORG_CUES.has(k.text) && !TITLES.has(k.text))) {
    if (t > a) typeRun(text, tokens, { a, b: t }, out);
    let p = t;
    while (p < b && TITLES.has(withoutFinalDot(tokens[p]!.text))) p++;
    if (p < b) push(p, b, 'PERSON');
    return true;
  }
  if (someIn(tokens, a, b, (k) => ORG_CUES.has(k.text)) && (b - a > 1 || !first.weak))
    return (push(a, b, 'ORG'), true);
  // "India-US talks": two places joined, each a place, not a name of its own.
  for (let i = a; i < b; i++) {
    const pair = placePair(tokens[i]!.text);
    if (!pair) continue;
    const [left, right, dash] = pair;
    const { start, end } = tokens[i]!;
    if (i > a) typeRun(text, tokens, { a, b: i }, out);
    out.push({ start, end: start + dash, type: left.type, canonical: left.canonical });
    out.push({ start: start + dash + 1, end, type: right.type, canonical: right.canonical });
    if (i + 1 < b) typeRun(text, tokens, { a: i + 1, b }, out);
    return true;
  }
  if (b - a === 1 || first.headline) {
    const prev = PLACES.get(first.text);
    if (b - a > 1 && prev && !first.headline) {
      push(a, a + 1, prev.type, prev.canonical);
      return typeRun(text, tokens, { a: a + 1, b }, out);
    }
    if (ofPlace && !first.headline) return (push(a, b, 'PLACE'), true);
    return false;
  }
  const eventLike = someIn(tokens, a, b, (k) => EVENT_WORDS.has(k.text));
  if (PLACE_WORDS.has(last.text) || (PLACE_PREFIXES.has(first.text) && !eventLike) || ofPlace)
    return (push(a, b, 'PLACE'), true);
  if (eventLike || someIn(tokens, a, b, (k) => PLACES.has(k.text))) return true;
  // Abstract nouns ("Law Enforcement") do not occur in personal names.
  if (someIn(tokens, a, b, (k) => ABSTRACT_NOUN.test(k.text) || COUNTING_WORDS.has(k.text))) return true;
  return (push(a, b, 'PERSON'), true);
}

/** Longest-match lookup of a weak run's tokens against the lexicons and the document's own names. */
function matchKnown(
  text: string,
  tokens: readonly Token[],
  run: Run,
  known: Map<string, Typed>,
  out: Mention[],
): void {
  let i = run.a;
  while (i < run.b) {
    let matched = 0;
    for (let j = Math.min(run.b, i + 6); j > i; j--) {
      const s = textOf(text, tokens, i, j);
      const hit =
        known.get(s) ?? PLACES.get(s) ?? (KNOWN_ORGS.has(s) ? { type: 'ORG' as const, canonical: s } : null);
      if (hit) {
        out.push({
          start: tokens[i]!.start,
          end: tokens[j - 1]!.end,
          type: hit.type,
          canonical: hit.canonical,
        });
        matched = j - i;
        break;
      }
    }
    i += matched || 1;
  }
}

/**
 * Typed entity mentions of `text` (PERSON, ORG, PLACE, GROUP, DATE, NUMBER), with aliases resolved inside
 * the document: a later surname, an acronym defined as "(NIA)", "US" for "United States" share a canonical.
 * `numbers` are each sentence's numbers, when the caller has them already.
 */
export function findEntities(
  text: string,
  sentences: readonly Span[],
  numbers: readonly (readonly NumberMention[])[] = numbersBySentence(text, sentences),
): Entity[] {
  const tokens = tokenize(text, sentences);
  const runs = findRuns(tokens);
  const mentions: Mention[] = [];
  const pending: Run[] = [];
  runs.forEach((run, i) => {
    if (!typeRun(text, tokens, run, mentions, followsOfficeHolder(tokens, runs[i - 1], run)))
      pending.push(run);
  });
  const known = new Map<string, Typed>();
  const tokenOwner = new Map<string, Typed | null>();
  for (const m of mentions) {
    const surface = text.slice(m.start, m.end);
    if (!known.has(surface) || m.type === 'PERSON')
      known.set(surface, { type: m.type, canonical: m.canonical });
    if (m.type === 'PERSON' && surface.includes(' ')) {
      for (const part of surface.split(' ')) {
        if (part.length < 2 || part.endsWith('.') || NAME_PARTICLES.has(part)) continue;
        const prior = tokenOwner.get(part);
        const typed = { type: m.type, canonical: m.canonical };
        tokenOwner.set(part, prior === undefined || prior?.canonical === m.canonical ? typed : null);
      }
    }
  }
  // "National Investigation Agency (NIA)": the acronym names the long form.
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    const acr = ACRONYM_DEFINED.exec(text.slice(m.end, m.end + 12));
    if (acr) known.set(acr[1]!, { type: 'ORG', canonical: m.canonical });
  }
  for (const [part, owner] of tokenOwner) if (owner && !known.has(part)) known.set(part, owner);
  for (const run of pending) {
    const s = textOf(text, tokens, run.a, run.b);
    const hit = known.get(s);
    const next = tokens[run.b];
    if (hit)
      mentions.push({
        start: tokens[run.a]!.start,
        end: tokens[run.b - 1]!.end,
        type: hit.type,
        canonical: hit.canonical,
      });
    else if (run.b - run.a === 1 && !tokens[run.a]!.headline && isAcronym(s))
      mentions.push({ start: tokens[run.a]!.start, end: tokens[run.b - 1]!.end, type: 'ORG', canonical: s });
    else if (
      run.b - run.a === 1 &&
      !tokens[run.a]!.headline &&
      next &&
      SAY_VERBS.has(next.text) &&
      // "the Dialogue said": events and documents speak through their statements, they are not people.
      !EVENT_WORDS.has(s)
    )
      mentions.push({ start: tokens[run.a]!.start, end: tokens[run.a]!.end, type: 'PERSON', canonical: s });
    else if (
      run.b - run.a === 1 &&
      !tokens[run.a]!.weak &&
      !DATE_WORD.test(s) &&
      LOCATIVE.test(text.slice(Math.max(0, tokens[run.a]!.start - 12), tokens[run.a]!.start))
    )
      mentions.push({ start: tokens[run.a]!.start, end: tokens[run.a]!.end, type: 'PLACE', canonical: s });
    else matchKnown(text, tokens, run, known, mentions);
  }
  // Document consistency: a surface form typed PERSON (or an alias) anywhere is that entity everywhere.
  const entities: Entity[] = mentions.map((m) => {
    const surface = text.slice(m.start, m.end);
    const k = known.get(surface);
    const typed = k && (k.type === 'PERSON' || m.type !== 'PERSON') ? k : m;
    return { start: m.start, end: m.end, type: typed.type, text: surface, canonical: typed.canonical };
  });
  const findDates = createDateFinder(text);
  sentences.forEach((span, index) => {
    const dates = findDates(span);
    for (const [s, e] of dates) {
      const surface = text.slice(s, e);
      entities.push({ start: s, end: e, type: 'DATE', text: surface, canonical: surface.toLowerCase() });
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
  return dedupe(entities);
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

import type { AttributionKind, EntityType } from '../model/analysis';
import { isLetterAt } from './chars';
import { pushAll } from './push-all';

/** What the claim classifier knows of a sentence besides its words. */
export type SentenceFacts = Readonly<{
  entityTypes: readonly EntityType[];
  numberCount: number;
  attribution: AttributionKind | null;
  hedged: boolean;
}>;

const TOKEN = /\p{L}[\p{L}'’-]*|\d[\d.,]*%?|[$€£¥%?!]/gu;
const CHANGE =
  /^(?:increas|decreas|ris|rose|fell|fall|drop|cut|doubl|tripl|halv|grew|grow|declin|soar|plung|surg|jump|slump|rais|lower|reduc|expand|shrank|shrink|climb|tumbl|boost|slash)/;
const COMPARATIVE = new Set(
  'more less fewer most least higher lower larger smaller bigger record highest lowest largest biggest worst best than'.split(
    ' ',
  ),
);
const MONEY = new Set('$ € £ ¥ dollar dollars million billion trillion crore lakh percent per %'.split(' '));
const FIRST_PERSON = new Set(['i', 'we', "i'm", "i've", "we're", "we've", 'my', 'our']);
const YEAR = /^(?:19|20)\d\d$/;

const FNV_OFFSET = 0x811c9dc5;

/** One FNV-1a step: the hash `h` continued by the character code `c`. */
const fnvStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

/** FNV-1a over `s`, continuing from hash `h`: hashing "b:" then a word gives the hash of "b:word". */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h;
}

const hashOf = (feature: string): number => fnv(FNV_OFFSET, feature) >>> 0;

/** The bucket of a feature string in a table of 2^`bits` weights. */
export function featureBucket(feature: string, bits: number): number {
  return hashOf(feature) & ((1 << bits) - 1);
}

/** The hash of `${prefix}${value}`, remembered by value (the values are a few constant strings). */
function prefixedHashes(prefix: string): (value: string) => number {
  const known = new Map<string, number>();
  return (value) => {
    let h = known.get(value);
    if (h === undefined) known.set(value, (h = hashOf(prefix + value)));
    return h;
  };
}

// The hashes of the fixed feature names are made once: the same few come up in every sentence.
const signHash = prefixedHashes('');
const entityTypeHash = prefixedHashes('e:');
const attributionHash = prefixedHashes('a:');
const LENGTH_HASHES = Array.from({ length: 7 }, (_, k) => hashOf(`bias:len${k}`));
const COUNT_HASHES = Array.from({ length: 4 }, (_, k) => hashOf(`n:${k}`));
const FIRST_PERSON_HASH = hashOf('f:first-person');
const QUESTION_HASH = hashOf('f:question');
const HEDGED_HASH = hashOf('f:hedged');

/**
 * A word's form as a feature (numbers as shapes), the hashes of the signs it carries, and its own hashes,
 * remembered per word.
 */
type WordInfo = Readonly<{ form: string; signs: readonly number[]; word: number; pairStart: number }>;
const PAIR = fnv(FNV_OFFSET, 'b:');
const WORD = fnv(FNV_OFFSET, 'w:');

function describe(token: string): WordInfo {
  const c = token.charCodeAt(0);
  let form: string;
  const signs: string[] = [];
  if (c >= 48 && c <= 57) {
    form = token.endsWith('%') ? '<pct>' : YEAR.test(token) ? '<year>' : '<num>';
    signs.push('f:number');
  } else {
    form = token.toLowerCase();
    if (CHANGE.test(form)) signs.push('f:change');
    if (COMPARATIVE.has(form)) signs.push('f:comparative');
    if (form.length >= 6 && form.endsWith('est')) signs.push('f:superlative');
  }
  if (MONEY.has(form)) signs.push('f:money');
  return {
    form,
    signs: pushAll(signs, signHash),
    word: fnv(WORD, form),
    pairStart: fnv(fnv(PAIR, form), '_'),
  };
}

/**
 * The words seen so far and what they give, by the FNV hash of the word: an open-addressing table probed
 * with a word's characters where it stands in the sentence, so a known word costs no new string and no
 * hashing by a Map (that look-up was the claim features' largest cost).
 */
const SEEN_MAX = 50_000;
const SEEN_SLOTS = 1 << 17;
const seen = {
  keys: new Array<string>(SEEN_SLOTS).fill(''),
  infos: new Array<WordInfo | null>(SEEN_SLOTS).fill(null),
  hashes: new Int32Array(SEEN_SLOTS),
  size: 0,
};

/** What `sentence.slice(s, e)` (whose FNV hash is `h`) gives, from the table or described and added. */
function infoAt(sentence: string, s: number, e: number, h: number): WordInfo {
  const { keys, infos, hashes } = seen;
  const slots = SEEN_SLOTS - 1;
  let at = h & slots;
  for (; infos[at] !== null; at = (at + 1) & slots) {
    if (hashes[at] !== h) continue;
    const key = keys[at]!;
    if (key.length === e - s && sentence.startsWith(key, s)) return infos[at]!;
  }
  if (seen.size >= SEEN_MAX) {
    infos.fill(null);
    seen.size = 0;
    at = h & slots;
  }
  const token = sentence.slice(s, e);
  const info = describe(token);
  keys[at] = token;
  infos[at] = info;
  hashes[at] = h;
  seen.size++;
  return info;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The words of `sentence` as TOKEN matches them, in order, each with what it gives. Scanned by hand: the
 * regex's match array and a string per word cost more than the features made from them. A sentence with a
 * character outside the basic plane (a surrogate pair) is left to the regex.
 */
function wordsOf(sentence: string): WordInfo[] {
  const out: WordInfo[] = [];
  if (SURROGATE.test(sentence)) {
    for (const token of sentence.match(TOKEN) ?? [])
      out.push(infoAt(token, 0, token.length, fnv(FNV_OFFSET, token)));
    return out;
  }
  const n = sentence.length;
  for (let i = 0; i < n;) {
    const s = i;
    let c = sentence.charCodeAt(i);
    let h = FNV_OFFSET;
    if (isLetterAt(sentence, i, c)) {
      // \p{L}[\p{L}'’-]*
      do {
        h = fnvStep(h, c);
        c = sentence.charCodeAt(++i);
      } while (i < n && (c === 39 || c === 0x2019 || c === 45 || isLetterAt(sentence, i, c)));
    } else if (c >= 48 && c <= 57) {
      // \d[\d.,]*%?
      do {
        h = fnvStep(h, c);
        c = sentence.charCodeAt(++i);
      } while (i < n && ((c >= 48 && c <= 57) || c === 46 || c === 44));
      if (c === 37) {
        h = fnvStep(h, c);
        i++;
      }
    } else if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 37 || c === 63 || c === 33) {
      // [$€£¥%?!]
      h = fnvStep(h, c);
      i++;
    } else {
      i++;
      continue;
    }
    out.push(infoAt(sentence, s, i, h));
  }
  return out;
}

/**
 * The hashed features of one sentence for the claim classifier (each bucket once): its words and word pairs
 * ("w:…", "b:…_…", numbers as shapes), and signs of a checkable fact (numbers, money, comparisons, verbs of
 * change, named entities, a source, a hedge, first-person opinion). `bagOfWords` keeps only the words, for
 * the baseline. Pairs are hashed without building their strings: this runs on every sentence analysed.
 */
export function sentenceBuckets(
  sentence: string,
  facts: SentenceFacts | null,
  bits: number,
  bagOfWords = false,
): number[] {
  const mask = (1 << bits) - 1;
  const infos = wordsOf(sentence);
  const out: number[] = [];
  startBucketSet(4 * infos.length + 64);
  for (const w of infos) addBucket(out, (w.word >>> 0) & mask);
  if (bagOfWords) return out;
  addBucket(out, LENGTH_HASHES[Math.min(6, Math.floor(infos.length / 6))]! & mask);
  for (let i = 0; i + 1 < infos.length; i++)
    addBucket(out, (fnv(infos[i]!.pairStart, infos[i + 1]!.form) >>> 0) & mask);
  for (const w of infos) for (const sign of w.signs) addBucket(out, sign & mask);
  if (infos[0] && FIRST_PERSON.has(infos[0].form)) addBucket(out, FIRST_PERSON_HASH & mask);
  if (sentence.trimEnd().endsWith('?')) addBucket(out, QUESTION_HASH & mask);
  if (facts) {
    // A type repeated adds its bucket once (the set keeps buckets unique).
    for (const t of facts.entityTypes) addBucket(out, entityTypeHash(t) & mask);
    if (facts.numberCount > 0) addBucket(out, COUNT_HASHES[Math.min(3, facts.numberCount)]! & mask);
    addBucket(out, attributionHash(facts.attribution ?? 'none') & mask);
    if (facts.hedged) addBucket(out, HEDGED_HASH & mask);
  }
  return out;
}

/**
 * The buckets one sentence has added: an open-addressing set sized to the sentence, small enough to stay in
 * the CPU's nearest cache (a table over all 2^bits buckets missed it on every look-up). Each sentence takes a
 * new generation, so nothing is cleared between sentences.
 */
const bucketSet = { keys: new Int32Array(1024), gens: new Uint32Array(1024), now: 0 };

/** Empties the set for a sentence that may add up to `capacity` buckets. */
function startBucketSet(capacity: number): void {
  if (bucketSet.keys.length < capacity * 2) {
    let size = bucketSet.keys.length;
    while (size < capacity * 2) size *= 2;
    bucketSet.keys = new Int32Array(size);
    bucketSet.gens = new Uint32Array(size);
    bucketSet.now = 0;
  }
  if (bucketSet.now === 0xffffffff) {
    bucketSet.gens.fill(0);
    bucketSet.now = 0;
  }
  bucketSet.now++;
}

/** Appends `bucket` to `out` unless this sentence has it already. */
function addBucket(out: number[], bucket: number): void {
  const { keys, gens, now } = bucketSet;
  const slots = keys.length - 1;
  // Buckets are hashes already: their low bits pick the slot.
  for (let h = bucket & slots; ; h = (h + 1) & slots) {
    if (gens[h] !== now) {
      gens[h] = now;
      keys[h] = bucket;
      out.push(bucket);
      return;
    }
    if (keys[h] === bucket) return;
  }
}

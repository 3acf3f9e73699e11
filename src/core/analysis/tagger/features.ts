import { PLACES } from '../lexicon/places';
import { TITLES } from '../lexicon/titles';
import { ORG_CUES } from '../lexicon/words';
import type { Token } from '../tokens';
import type { Gazetteer } from './gazetteer';
import { hashString, mix } from './hash';

/** Hashed features per token; every token has exactly this many (absent context is its own value). */
export const FEATURES_PER_TOKEN = 31;
/** The first features of each token depend on its word alone (see `describe`). */
export const INTRINSIC_FEATURES = 11;
/** The features after those, which depend on the words around it. */
export const CONTEXT_FEATURES = FEATURES_PER_TOKEN - INTRINSIC_FEATURES;
/**
 * Of those, the ones that depend on one neighbouring word alone, by its role (the word before, after, two
 * before, two after): templates of its lower case, shape and word. The tagger sums their weights once per
 * word and role; the others (`PAIR_FEATURES`) combine words or positions and are looked up per token.
 */
const ROLE_TEMPLATES: readonly (readonly [lower: number, shape?: number, word?: number])[] = [
  [11, 15, 25],
  [12, 16, 24],
  [13],
  [14],
];
export const ROLES = ROLE_TEMPLATES.length;
export const PAIR_FEATURES = CONTEXT_FEATURES - ROLE_TEMPLATES.reduce((n, t) => n + t.length, 0);
const COMMON_BIT = 1 << 7;

/** What the features need of one word, computed once per distinct word. */
export type WordInfo = {
  readonly word: number;
  readonly lower: number;
  readonly shape: number;
  readonly lexicon: number;
  /** Gazetteer class bits of the word alone. */
  readonly listed: number;
  /** The most tokens of a gazetteer phrase this word (lower-cased) starts; 0 when it starts none. */
  readonly phraseTokens: number;
  readonly intrinsic: Uint32Array;
  /** The tag scores of the intrinsic features, filled in by the tagger that reads this word first. */
  own: Float32Array | null;
  /** The tag scores of its role features, a row per role in ROLE_TEMPLATES order, filled in likewise. */
  near: Float32Array | null;
};

/** One sentence's words and gazetteer marks, valid until the featurizer's next `prepare`. */
export type SentenceView = Readonly<{
  tokens: readonly Token[];
  a: number;
  n: number;
  infos: readonly (WordInfo | undefined)[];
  spans: Uint32Array;
}>;

/** Computes the features of tokens; caches what depends on the word alone. */
export type Featurizer = Readonly<{
  /**
   * Looks up the words of the sentence `tokens[a..b)` and marks its gazetteer phrases; with `active`, only
   * the words within two of a marked token are looked up (only those may be passed to `context`).
   */
  prepare: (
    text: string,
    tokens: readonly Token[],
    a: number,
    b: number,
    active?: Uint8Array,
  ) => SentenceView;
  /** Writes the CONTEXT_FEATURES features of sentence token `i` into `out` from `o`. */
  context: (view: SentenceView, i: number, out: Uint32Array, o: number) => void;
  /** Writes the PAIR_FEATURES features of sentence token `i` (its context less the role features). */
  pairs: (view: SentenceView, i: number, out: Uint32Array, o: number) => void;
  /** The word that stands for no word (before a sentence's first token, after its last). */
  absent: WordInfo;
  /** What the features know of one word, cached. */
  word: (word: string) => WordInfo;
}>;

const NONE = hashString('<none>');
/** Which of the engine's own lexicons lists a word (a feature value: the numbers are in the model). */
const LEXICON = { none: 0, title: 1, orgCue: 2, place: 3, group: 4 } as const;
const MAX_CACHE = 50_000;

/** "McDonald" → "XxXx", "U.S." → "X.X.", "2024" → "d": character classes with repeats collapsed. */
export function wordShape(word: string): string {
  let shape = '';
  for (const ch of word) {
    const c =
      ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (!shape.endsWith(c)) shape += c;
  }
  return shape;
}

/**
 * A hash of the word lists `lexiconClass` reads (titles, organisations' head nouns, places and groups): the
 * model file records the one it was trained with, and a unit test fails when the lists change without a
 * retraining (the weights would then score features they never saw).
 */
export function featureListsHash(): string {
  const places = [...PLACES].map(([name, e]) => `${name}:${e.type === 'PLACE' ? 'P' : 'G'}`).sort();
  const lists = [[...TITLES].sort(), [...ORG_CUES].sort(), places].map((list) => list.join('\n'));
  return hashString(lists.join('\n|\n')).toString(16).padStart(8, '0');
}

function lexiconClass(word: string): number {
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  if (TITLES.has(bare)) return LEXICON.title;
  if (ORG_CUES.has(bare)) return LEXICON.orgCue;
  const place = PLACES.get(word);
  if (place) return place.type === 'PLACE' ? LEXICON.place : LEXICON.group;
  return LEXICON.none;
}

function describe(word: string, gazetteer: Gazetteer): WordInfo {
  const lower = word.toLowerCase();
  const listed = gazetteer.phrases.get(lower) ?? 0;
  const shape = wordShape(word);
  const lexicon = lexiconClass(word);
  const w = hashString(word);
  const l = hashString(lower);
  const s = hashString(shape);
  const intrinsic = new Uint32Array([
    mix(0, 0),
    mix(1, w),
    mix(2, l),
    mix(3, s),
    mix(4, hashString(lower.slice(0, 2))),
    mix(5, hashString(lower.slice(0, 3))),
    mix(6, hashString(lower.slice(-2))),
    mix(7, hashString(lower.slice(-3))),
    mix(8, hashString(lower.slice(-4))),
    mix(9, lexicon, s),
    mix(10, Math.min(word.length, 12), s),
  ]);
  const phraseTokens = gazetteer.phraseStarts.get(lower) ?? 0;
  return { word: w, lower: l, shape: s, lexicon, listed, phraseTokens, intrinsic, own: null, near: null };
}

/** Writes the features word `w` gives a token as its neighbour in `role` (see ROLE_TEMPLATES); returns how many. */
export function roleFeatures(w: WordInfo, role: number, out: Uint32Array, o: number): number {
  const [lower, shape, word] = ROLE_TEMPLATES[role]!;
  out[o] = mix(lower, w.lower);
  if (shape === undefined || word === undefined) return 1;
  out[o + 1] = mix(shape, w.shape);
  out[o + 2] = mix(word, w.word);
  return 3;
}

/**
 * The longest gazetteer phrase starting at each capitalised token: its class bits, plus 256 on the
 * phrase's later words. Only words that start some listed phrase are tried.
 */
function markPhrases(text: string, view: SentenceView, gazetteer: Gazetteer): void {
  const { tokens, a, n, infos, spans } = view;
  for (let i = 0; i < n; i++) {
    const starts = infos[i]?.phraseTokens ?? 0;
    if (starts === 0 || !tokens[a + i]!.cap) continue;
    const from = tokens[a + i]!.start;
    for (let j = Math.min(n, i + starts); j > i + 1; j--) {
      const bits = gazetteer.phrases.get(text.slice(from, tokens[a + j - 1]!.end).toLowerCase());
      if (bits === undefined || bits === COMMON_BIT) continue;
      spans[i] = bits;
      for (let k = i + 1; k < j; k++) spans[k] = bits | 256;
      i = j - 1;
      break;
    }
  }
}

/** A featurizer over `gazetteer`; its buffers are reused from sentence to sentence. */
export function createFeaturizer(gazetteer: Gazetteer): Featurizer {
  const cache = new Map<string, WordInfo>();
  const info = (word: string): WordInfo => {
    let found = cache.get(word);
    if (!found) {
      if (cache.size >= MAX_CACHE) cache.clear();
      found = describe(word, gazetteer);
      cache.set(word, found);
    }
    return found;
  };
  const infos: (WordInfo | undefined)[] = [];
  let spans = new Uint32Array(64);
  const absent: WordInfo = {
    word: NONE,
    lower: NONE,
    shape: NONE,
    lexicon: LEXICON.none,
    listed: 0,
    phraseTokens: 0,
    intrinsic: new Uint32Array(0),
    own: null,
    near: null,
  };
  const pairs: Featurizer['pairs'] = ({ tokens, a, infos, spans }, i, out, o) => {
    const t = tokens[a + i]!;
    const me = infos[i]!;
    const p1 = infos[i - 1];
    const p2 = infos[i - 2];
    const n1 = infos[i + 1];
    const n2 = infos[i + 2];
    const position = (i === 0 ? 1 : 0) | (t.weak ? 2 : 0) | (t.headline ? 4 : 0);
    out[o++] = mix(17, p1?.lower ?? NONE, me.lower);
    out[o++] = mix(18, me.lower, n1?.lower ?? NONE);
    out[o++] = mix(19, mix(p1?.shape ?? NONE, me.shape), n1?.shape ?? NONE);
    out[o++] = mix(20, position, me.shape);
    out[o++] = mix(21, position & 2 ? me.lower : NONE);
    out[o++] = mix(22, spans[i]! || me.listed, me.shape);
    out[o++] = mix(23, p1?.lexicon ?? 9, n1?.lexicon ?? 9);
    out[o++] = mix(26, mix(p2?.shape ?? NONE, p1?.shape ?? NONE), me.shape);
    out[o++] = mix(27, me.shape, mix(n1?.shape ?? NONE, n2?.shape ?? NONE));
    out[o++] = mix(28, p1 ? spans[i - 1]! || p1.listed : 512, n1 ? spans[i + 1]! || n1.listed : 512);
    out[o++] = mix(29, position, me.listed);
    out[o] = mix(30, me.listed & COMMON_BIT, mix(position, me.shape, p1?.shape ?? NONE));
  };
  return {
    prepare(text, tokens, a, b, active) {
      const n = b - a;
      if (spans.length < n) spans = new Uint32Array(n * 2);
      else spans.fill(0, 0, n);
      for (let i = 0; i < n; i++)
        infos[i] =
          !active || active[i] || active[i - 1] || active[i + 1] || active[i - 2] || active[i + 2]
            ? info(tokens[a + i]!.text)
            : undefined;
      // Past the sentence's last word there is none (the features look two words ahead). The array is reused
      // without being cut to the sentence: resetting its length for every sentence showed in profiles.
      infos[n] = undefined;
      infos[n + 1] = undefined;
      const view = { tokens, a, n, infos, spans };
      markPhrases(text, view, gazetteer);
      return view;
    },
    context(view, i, out, o) {
      const { infos } = view;
      let at = o;
      at += roleFeatures(infos[i - 1] ?? absent, 0, out, at);
      at += roleFeatures(infos[i + 1] ?? absent, 1, out, at);
      at += roleFeatures(infos[i - 2] ?? absent, 2, out, at);
      at += roleFeatures(infos[i + 2] ?? absent, 3, out, at);
      pairs(view, i, out, at);
    },
    pairs,
    absent,
    word: info,
  };
}

/** Every feature of every token of the sentence `tokens[a..b)`, FEATURES_PER_TOKEN per token (training). */
export function sentenceFeatures(
  featurizer: Featurizer,
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
): Uint32Array {
  const view = featurizer.prepare(text, tokens, a, b);
  const out = new Uint32Array(view.n * FEATURES_PER_TOKEN);
  for (let i = 0; i < view.n; i++) {
    const o = i * FEATURES_PER_TOKEN;
    out.set(view.infos[i]!.intrinsic, o);
    featurizer.context(view, i, out, o + INTRINSIC_FEATURES);
  }
  return out;
}

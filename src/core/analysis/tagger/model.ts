import type { Token } from '../tokens';
import {
  createFeaturizer,
  INTRINSIC_FEATURES,
  PAIR_FEATURES,
  ROLES,
  roleFeatures,
  type WordInfo,
} from './features';
import { buildGazetteer, gazetteerBit, type GazetteerLists } from './gazetteer';
import { decodeSparseWeights, type SparseWeights } from './sparse-weights';
import { TAG_COUNT } from './tags';
import { OF_OR_FOR } from '../lexicon/words';
import { addRows, decode, transitionColumns } from './viterbi';

/** The committed model file's JSON: hashed feature weights quantised to int8, stored sparse. */
export type TaggerModelFile = Readonly<{
  format: 'hashed-perceptron-2';
  tags: readonly string[];
  bits: number;
  scale: number;
  transitions: readonly number[];
  weights: SparseWeights;
  /** The name lists the features look words up in (see scripts/ner/gazetteer.ts for their sources). */
  gazetteer: GazetteerLists;
  /** `featureListsHash()` when the model was trained. */
  featureLists: string;
}>;

/** A decoded tagger: tags one sentence's tokens at a time. */
export type TaggerModel = Readonly<{
  tagSentence: (text: string, tokens: readonly Token[], a: number, b: number) => Uint8Array;
  /** The gazetteer classes of a lower-case phrase (bits in GAZETTEER_CLASSES order), 0 when unlisted. */
  listed: (phrase: string) => number;
  /** `listed` of one token's lower case, from the cache of words the tagger has seen (no new string). */
  listedWord: (word: string) => number;
  /** The most tokens of a listed phrase of several words that opens with this token; 0 when none does. */
  phraseWords: (word: string) => number;
}>;

// A sentence-initial common word ("The", "Police") is capitalised by position, not as a name: it opens no
// stretch of its own ("The Hague" is still scored: "Hague" takes its neighbours in).
const COMMON = gazetteerBit('common');
const NAMED =
  gazetteerBit('first') |
  gazetteerBit('last') |
  gazetteerBit('person') |
  gazetteerBit('org') |
  gazetteerBit('team') |
  gazetteerBit('place') |
  gazetteerBit('demonym');
// "The", "Police": not "AT" of "AT&T", whose lower case is a common word too.
const TITLE_CASE = /^[A-Z][a-z]*$/;

/**
 * The tokens the model scores, or null when a sentence has none: capitalised words (news names are
 * capitalised) and the word on either side of each; every other token is O.
 */
function nameCandidates(
  tokens: readonly Token[],
  a: number,
  b: number,
  listedWord: (word: string) => number,
): Uint8Array | null {
  const n = b - a;
  let active: Uint8Array | null = null;
  for (let i = 0; i < n; i++) {
    const t = tokens[a + i]!;
    if (!t.cap) continue;
    if (t.weak && !t.headline && i + 1 < n && !tokens[a + i + 1]!.cap && TITLE_CASE.test(t.text)) {
      const bits = listedWord(t.text);
      // "Ministry of Health said…", "Bank of Ghana raised…": a common word opening a name with "of" is scored.
      const ofName = OF_OR_FOR.test(tokens[a + i + 1]!.text) && tokens[a + i + 2]?.cap === true;
      if (bits & COMMON && !(bits & NAMED) && !ofName) continue;
    }
    active ??= new Uint8Array(n);
    active[i] = 1;
    if (i > 0) active[i - 1] = 1;
    if (i + 1 < n) active[i + 1] = 1;
  }
  return active;
}

/** A tagger from weights in memory (training evaluates itself with this, float weights and scale 1). */
export function createTagger(
  weights: ArrayLike<number>,
  bits: number,
  scale: number,
  transitions: ArrayLike<number>,
  gazetteer: GazetteerLists,
): TaggerModel {
  const lists = buildGazetteer(gazetteer);
  const featurizer = createFeaturizer(lists);
  const { absent } = featurizer;
  const T = TAG_COUNT;
  // Scores are left unscaled: dividing the transitions instead picks the same best path.
  const steps = Float32Array.from(transitions, (x) => x / scale);
  const columns = transitionColumns(steps);
  const pairs = new Uint32Array(PAIR_FEATURES);
  const roles = new Uint32Array(3);
  let scores = new Float32Array(64 * T);
  // What a word contributes on its own, and as a neighbour in each role, is the same wherever it stands:
  // summed once per word (the committed weights are integers, so the sums are exact in any order).
  const own = (word: WordInfo): Float32Array => {
    if (!word.own) {
      word.own = new Float32Array(T);
      addRows(word.intrinsic, 0, INTRINSIC_FEATURES, weights, bits, word.own, 0);
    }
    return word.own;
  };
  const near = (word: WordInfo): Float32Array => {
    if (!word.near) {
      word.near = new Float32Array(ROLES * T);
      for (let role = 0; role < ROLES; role++)
        addRows(roles, 0, roleFeatures(word, role, roles, 0), weights, bits, word.near, role * T);
    }
    return word.near;
  };
  const listedWord = (word: string) => featurizer.word(word).listed;
  return {
    listed: (phrase) => lists.phrases.get(phrase) ?? 0,
    listedWord,
    phraseWords: (word) => featurizer.word(word).phraseTokens,
    tagSentence(text, tokens, a, b) {
      const n = b - a;
      const tags = new Uint8Array(n);
      const active = nameCandidates(tokens, a, b, listedWord);
      if (!active) return tags;
      const view = featurizer.prepare(text, tokens, a, b, active);
      if (scores.length < n * T) scores = new Float32Array(n * 2 * T);
      // Tokens far from any capital are O; each stretch of the others is decoded on its own.
      for (let s = 0; s < n;) {
        if (!active[s]) {
          s++;
          continue;
        }
        let e = s + 1;
        while (e < n && active[e]) e++;
        for (let i = s; i < e; i++) {
          const row = (i - s) * T;
          const { infos } = view;
          const me = own(infos[i]!);
          const p1 = near(infos[i - 1] ?? absent);
          const n1 = near(infos[i + 1] ?? absent);
          const p2 = near(infos[i - 2] ?? absent);
          const n2 = near(infos[i + 2] ?? absent);
          for (let t = 0; t < T; t++)
            scores[row + t] = me[t]! + p1[t]! + n1[T + t]! + p2[2 * T + t]! + n2[3 * T + t]!;
          featurizer.pairs(view, i, pairs, 0);
          addRows(pairs, 0, PAIR_FEATURES, weights, bits, scores, row);
        }
        // An O follows the stretch when it ends before the sentence does.
        if (e < n) for (let t = 0; t < T; t++) scores[(e - s - 1) * T + t]! += steps[(t + 1) * T]!;
        decode(scores, e - s, steps, s === 0 ? 0 : 1, tags, s, columns);
        s = e;
      }
      return tags;
    },
  };
}

/** Decodes the committed model file; throws when it was written for other tags or another format. */
export function decodeTagger(file: TaggerModelFile): TaggerModel {
  if (file.format !== 'hashed-perceptron-2' || file.tags.length !== TAG_COUNT)
    throw new Error(`Unsupported entity tagger model (${file.format}, ${file.tags.length} tags)`);
  const weights = decodeSparseWeights(file.weights, 1 << file.bits, TAG_COUNT);
  return createTagger(weights, file.bits, file.scale, file.transitions, file.gazetteer);
}

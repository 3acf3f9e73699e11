import type { Token } from '../tokens';
import { CONTEXT_FEATURES, createFeaturizer, INTRINSIC_FEATURES } from './features';
import { buildGazetteer, type GazetteerLists } from './gazetteer';
import { TAG_COUNT } from './tags';
import { addRows, decode } from './viterbi';

/** The committed model file's JSON: hashed feature weights quantised to int8, base64-encoded. */
export type TaggerModelFile = Readonly<{
  format: 'hashed-perceptron-1';
  tags: readonly string[];
  bits: number;
  scale: number;
  transitions: readonly number[];
  weights: string;
  /** The name lists the features look words up in (see scripts/ner/gazetteer.ts for their sources). */
  gazetteer: GazetteerLists;
}>;

/** A decoded tagger: tags one sentence's tokens at a time. */
export type TaggerModel = Readonly<{
  tagSentence: (text: string, tokens: readonly Token[], a: number, b: number) => Uint8Array;
  /** The gazetteer classes of a lower-case phrase (bits in GAZETTEER_CLASSES order), 0 when unlisted. */
  listed: (phrase: string) => number;
}>;

function decodeBase64(data: string): Int8Array {
  const bytes = new Int8Array(
    Math.floor((data.length * 3) / 4) - (data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0),
  );
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const value = new Uint8Array(128);
  for (let i = 0; i < alphabet.length; i++) value[alphabet.charCodeAt(i)] = i;
  let o = 0;
  for (let i = 0; i < data.length; i += 4) {
    const n =
      (value[data.charCodeAt(i)]! << 18) |
      (value[data.charCodeAt(i + 1)]! << 12) |
      (value[data.charCodeAt(i + 2)]! << 6) |
      value[data.charCodeAt(i + 3)]!;
    if (o < bytes.length) bytes[o++] = (n >> 16) & 255;
    if (o < bytes.length) bytes[o++] = (n >> 8) & 255;
    if (o < bytes.length) bytes[o++] = n & 255;
  }
  return bytes;
}

/**
 * Tokens within one of a capitalised word (news names are capitalised; "Bank of England" has one lower-case
 * word between capitals), or null when a sentence has none: only these are scored, the rest are O.
 */
function nearCapitals(tokens: readonly Token[], a: number, b: number): Uint8Array | null {
  const n = b - a;
  let active: Uint8Array | null = null;
  for (let i = 0; i < n; i++) {
    if (!tokens[a + i]!.cap) continue;
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
  const T = TAG_COUNT;
  // Scores are left unscaled: dividing the transitions instead picks the same best path.
  const steps = Float32Array.from(transitions, (x) => x / scale);
  const context = new Uint32Array(CONTEXT_FEATURES);
  let scores = new Float32Array(64 * T);
  return {
    listed: (phrase) => lists.phrases.get(phrase) ?? 0,
    tagSentence(text, tokens, a, b) {
      const n = b - a;
      const tags = new Uint8Array(n);
      const active = nearCapitals(tokens, a, b);
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
          const word = view.infos[i]!;
          // What a word contributes on its own is the same wherever it stands: summed once per word.
          if (!word.own) {
            word.own = new Float32Array(T);
            addRows(word.intrinsic, 0, INTRINSIC_FEATURES, weights, bits, word.own, 0);
          }
          scores.set(word.own, row);
          featurizer.context(view, i, context, 0);
          addRows(context, 0, CONTEXT_FEATURES, weights, bits, scores, row);
        }
        // An O follows the stretch when it ends before the sentence does.
        if (e < n) for (let t = 0; t < T; t++) scores[(e - s - 1) * T + t]! += steps[(t + 1) * T]!;
        decode(scores, e - s, steps, s === 0 ? 0 : 1, tags, s);
        s = e;
      }
      return tags;
    },
  };
}

/** Decodes the committed model file; throws when it was written for other tags or another format. */
export function decodeTagger(file: TaggerModelFile): TaggerModel {
  if (file.format !== 'hashed-perceptron-1' || file.tags.length !== TAG_COUNT)
    throw new Error(`Unsupported entity tagger model (${file.format}, ${file.tags.length} tags)`);
  const weights = decodeBase64(file.weights);
  if (weights.length !== (1 << file.bits) * TAG_COUNT) throw new Error('Entity tagger weights are truncated');
  return createTagger(weights, file.bits, file.scale, file.transitions, file.gazetteer);
}

import type { Token } from '../tokens';
import { createFeaturizer, FEATURES_PER_TOKEN, INTRINSIC_FEATURES } from './features';
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
  const featurize = createFeaturizer(lists);
  // What a word contributes on its own (its first INTRINSIC_FEATURES features) is the same wherever it
  // stands: summed once per word, so each token adds only its context features.
  const ownScores = new Map<string, Float32Array>();
  const T = TAG_COUNT;
  return {
    listed: (phrase) => lists.phrases.get(phrase) ?? 0,
    tagSentence(text, tokens, a, b) {
      const n = b - a;
      const tags = new Uint8Array(n);
      const active = nearCapitals(tokens, a, b);
      if (!active) return tags;
      const features = featurize(text, tokens, a, b, active);
      // Tokens far from any capital are O; each stretch of the others is decoded on its own.
      for (let s = 0; s < n;) {
        if (!active[s]) {
          s++;
          continue;
        }
        let e = s + 1;
        while (e < n && active[e]) e++;
        const scores = new Float32Array((e - s) * T);
        for (let i = s; i < e; i++) {
          const row = (i - s) * T;
          const from = i * FEATURES_PER_TOKEN;
          const word = tokens[a + i]!.text;
          let own = ownScores.get(word);
          if (!own) {
            if (ownScores.size >= 50_000) ownScores.clear();
            own = new Float32Array(T);
            addRows(features, from, from + INTRINSIC_FEATURES, weights, bits, own, 0);
            ownScores.set(word, own);
          }
          scores.set(own, row);
          addRows(features, from + INTRINSIC_FEATURES, from + FEATURES_PER_TOKEN, weights, bits, scores, row);
        }
        if (scale !== 1) for (let k = 0; k < scores.length; k++) scores[k]! *= scale;
        // An O follows the stretch when it ends before the sentence does.
        if (e < n) for (let t = 0; t < T; t++) scores[(e - s - 1) * T + t]! += transitions[(t + 1) * T]!;
        tags.set(decode(scores, e - s, transitions, s === 0 ? 0 : 1), s);
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

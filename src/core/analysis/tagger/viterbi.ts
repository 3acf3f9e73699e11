import { allowedTransition, TAG_COUNT } from './tags';
import { FEATURES_PER_TOKEN } from './features';

const T = TAG_COUNT;

/**
 * Per-token tag scores: the sum over each token's features of the weight row its hash selects (`bits` of
 * the hash), times `scale`. Shared by inference (quantised weights) and training (float weights).
 */
export function scoreTokens(
  features: Uint32Array,
  n: number,
  weights: ArrayLike<number>,
  bits: number,
  scale: number,
): Float32Array {
  const out = new Float32Array(n * T);
  for (let i = 0; i < n; i++) {
    addRows(features, i * FEATURES_PER_TOKEN, (i + 1) * FEATURES_PER_TOKEN, weights, bits, out, i * T);
    if (scale !== 1) for (let t = 0; t < T; t++) out[i * T + t]! *= scale;
  }
  return out;
}

/** Adds to `out[row..row + T)` the weight rows of `features[from..to)`. */
export function addRows(
  features: Uint32Array,
  from: number,
  to: number,
  weights: ArrayLike<number>,
  bits: number,
  out: Float32Array | Int32Array,
  row: number,
): void {
  const shift = 32 - bits;
  for (let f = from; f < to; f++) {
    const base = (features[f]! >>> shift) * T;
    for (let t = 0; t < T; t++) out[row + t]! += weights[base + t]!;
  }
}

/**
 * The best tag sequence under token scores plus `transitions` ((T + 1) × T: row 0 is the sentence start,
 * row p + 1 follows tag p); transitions that break IOB2 are never taken. `startRow` is the row the first
 * token follows (1 when it follows an O).
 */
export function decode(
  scores: Float32Array,
  n: number,
  transitions: ArrayLike<number>,
  startRow = 0,
): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const best = new Float32Array(n * T);
  const back = new Uint8Array(n * T);
  for (let t = 0; t < T; t++)
    best[t] = allowedTransition(startRow - 1, t)
      ? scores[t]! + transitions[startRow * T + t]!
      : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let top = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[p * T + t]) continue;
        const v = best[(i - 1) * T + p]! + transitions[(p + 1) * T + t]!;
        if (v > top) {
          top = v;
          arg = p;
        }
      }
      best[i * T + t] = top + scores[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (best[(n - 1) * T + t]! > best[(n - 1) * T + last]!) last = t;
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]!]!;
  return tags;
}

const ALLOWED = Uint8Array.from({ length: T * T }, (_, k) =>
  allowedTransition(Math.floor(k / T), k % T) ? 1 : 0,
);

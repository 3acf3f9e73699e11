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

if (T !== 11) throw new Error('addRows sums exactly 11 tags: update it with the tag set');

/**
 * Adds to `out[row..row + T)` the weight rows of `features[from..to)`. The hot loop of tagging: the 11 sums
 * stay in locals (registers) rather than going through `out` once per feature.
 */
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
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0,
    s8 = 0,
    s9 = 0,
    s10 = 0;
  for (let f = from; f < to; f++) {
    const b = (features[f]! >>> shift) * 11;
    s0 += weights[b]!;
    s1 += weights[b + 1]!;
    s2 += weights[b + 2]!;
    s3 += weights[b + 3]!;
    s4 += weights[b + 4]!;
    s5 += weights[b + 5]!;
    s6 += weights[b + 6]!;
    s7 += weights[b + 7]!;
    s8 += weights[b + 8]!;
    s9 += weights[b + 9]!;
    s10 += weights[b + 10]!;
  }
  out[row]! += s0;
  out[row + 1]! += s1;
  out[row + 2]! += s2;
  out[row + 3]! += s3;
  out[row + 4]! += s4;
  out[row + 5]! += s5;
  out[row + 6]! += s6;
  out[row + 7]! += s7;
  out[row + 8]! += s8;
  out[row + 9]! += s9;
  out[row + 10]! += s10;
}

// An I- tag follows only its own B- or I- tag; O and B- tags follow any tag. The decoder relies on the
// tag order: O, then B-x, I-x pairs, so I- tags are the even indices from 2.
for (let t = 0; t < T; t++)
  for (let p = 0; p < T; p++)
    if (allowedTransition(p, t) !== (t === 0 || t % 2 === 1 || p === t - 1 || p === t))
      throw new Error('decode expects the tags as O, then B-x, I-x pairs');

// Viterbi's scratch rows, grown to the longest stretch decoded so far.
let best = new Float32Array(64 * T);
let back = new Uint8Array(64 * T);

/** The transitions between tags by column (`[t * T + p]`: tag p, then tag t), for `decode`. */
export function transitionColumns(transitions: ArrayLike<number>): Float32Array {
  const columns = new Float32Array(T * T);
  for (let t = 0; t < T; t++) for (let p = 0; p < T; p++) columns[t * T + p] = transitions[(p + 1) * T + t]!;
  return columns;
}

/**
 * The best tag sequence under token scores plus `transitions` ((T + 1) × T: row 0 is the sentence start,
 * row p + 1 follows tag p); transitions that break IOB2 are never taken. `startRow` is the row the first
 * token follows: 0 at a sentence start, 1 after an O. Writes the tags to `out` from `at` (a new array without `out`).
 * `byColumn` is `transitionColumns(transitions)`, made once by a caller that decodes often.
 */
export function decode(
  scores: Float32Array,
  n: number,
  transitions: ArrayLike<number>,
  startRow = 0,
  out: Uint8Array = new Uint8Array(n),
  at = 0,
  byColumn: Float32Array = transitionColumns(transitions),
): Uint8Array {
  if (n === 0) return out;
  if (best.length < n * T) {
    best = new Float32Array(n * 2 * T);
    back = new Uint8Array(n * 2 * T);
  }
  // A stretch starts a sentence or follows an O: no I- tag may open it.
  for (let t = 0; t < T; t++)
    best[t] = t > 0 && t % 2 === 0 ? Number.NEGATIVE_INFINITY : scores[t]! + transitions[startRow * T + t]!;
  for (let i = 1; i < n; i++) {
    const row = i * T;
    const prev = row - T;
    for (let t = 0; t < T; t++) {
      const col = t * T;
      let arg: number;
      let top: number;
      if (t > 0 && t % 2 === 0) {
        // I-x: from B-x or I-x only; the earlier tag wins a tie, as in the general loop.
        const fromB = best[prev + t - 1]! + byColumn[col + t - 1]!;
        const fromI = best[prev + t]! + byColumn[col + t]!;
        arg = fromI > fromB ? t : t - 1;
        top = fromI > fromB ? fromI : fromB;
      } else {
        arg = 0;
        top = best[prev]! + byColumn[col]!;
        for (let p = 1; p < T; p++) {
          const v = best[prev + p]! + byColumn[col + p]!;
          if (v > top) {
            top = v;
            arg = p;
          }
        }
      }
      best[row + t] = top + scores[row + t]!;
      back[row + t] = arg;
    }
  }
  const lastRow = (n - 1) * T;
  let last = 0;
  for (let t = 1; t < T; t++) if (best[lastRow + t]! > best[lastRow + last]!) last = t;
  out[at + n - 1] = last;
  for (let i = n - 1; i > 0; i--) out[at + i - 1] = back[i * T + out[at + i]!]!;
  return out;
}

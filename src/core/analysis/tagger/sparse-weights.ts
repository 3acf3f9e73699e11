import { decodeBase64, encodeBase64 } from '../base64';

// The tagger's hashed weights are 90% zero (a feature bucket scores a handful of tags, most none), and the
// file is read by every worker before its first article: dense, as base64, it was 7.7 MB, and reading it from
// the service worker's cache alone took 340–500 ms on a 2-core machine. Stored sparse, a row (one bucket's
// weights, a byte per tag) is a bit in `rows`, and each row with a weight is a 2-byte mask of the tags that
// have one (little-endian, a bit per tag) followed by those weights in tag order.

/** A weight table (`tags` int8 weights per bucket) as the model file stores it: sparse, each part base64. */
export type SparseWeights = Readonly<{ rows: string; values: string }>;

/** The sparse form of `weights`, a table of rows of `tags` weights (at most 16 tags). */
export function encodeSparseWeights(weights: Int8Array, tags: number): SparseWeights {
  if (tags > 16) throw new Error('A sparse weight row has at most 16 tags');
  const count = weights.length / tags;
  const rows = new Uint8Array(Math.ceil(count / 8));
  const values: number[] = [];
  for (let r = 0; r < count; r++) {
    let mask = 0;
    for (let t = 0; t < tags; t++) if (weights[r * tags + t] !== 0) mask |= 1 << t;
    if (mask === 0) continue;
    rows[r >> 3]! |= 1 << (r & 7);
    values.push(mask & 255, mask >> 8);
    for (let t = 0; t < tags; t++) if (mask & (1 << t)) values.push(weights[r * tags + t]! & 255);
  }
  return { rows: encodeBase64(rows), values: encodeBase64(Uint8Array.from(values)) };
}

/** The dense table of `count` rows of `tags` weights that `sparse` encodes; throws when it is cut short. */
export function decodeSparseWeights(sparse: SparseWeights, count: number, tags: number): Int8Array {
  const rows = decodeBase64(sparse.rows);
  const values = decodeBase64(sparse.values);
  if (rows.length !== Math.ceil(count / 8)) throw new Error('Sparse weights: the row map has the wrong size');
  const weights = new Int8Array(count * tags);
  let at = 0;
  for (let byte = 0; byte < rows.length; byte++) {
    const bits = rows[byte]!;
    if (bits === 0) continue;
    for (let bit = 0; bit < 8; bit++) {
      if ((bits & (1 << bit)) === 0) continue;
      const base = ((byte << 3) | bit) * tags;
      const mask = values[at]! | (values[at + 1]! << 8);
      at += 2;
      for (let t = 0; t < tags; t++) if (mask & (1 << t)) weights[base + t] = (values[at++]! << 24) >> 24;
    }
  }
  if (at !== values.length) throw new Error('Sparse weights: the values do not match the row map');
  return weights;
}

/** The claim classifier as stored: a logistic regression over hashed features, weights quantised to int8. */
export type ClaimModelFile = Readonly<{
  format: 'claim-logreg-1';
  bits: number;
  bias: number;
  /** A weight is `int8 * scale`. */
  scale: number;
  /** Base64 of the int8 weights, one per bucket. */
  weights: string;
  card: string;
}>;

/** The decoded claim classifier, ready to score sentences. */
export type ClaimModel = Readonly<{
  bits: number;
  bias: number;
  /** The quantised weights, kept as bytes (a quarter of the memory: look-ups stay in the CPU's cache). */
  weights: Int8Array;
  scale: number;
}>;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes of a base64 string (core has no atob or Buffer). */
export function decodeBase64(s: string): Uint8Array {
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    value = (value << 6) | B64.indexOf(clean[i]!);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/** Base64 of bytes, for the training script. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return out;
}

/** Decodes a stored claim model. */
export function decodeClaimModel(file: ClaimModelFile): ClaimModel {
  if (file.format !== 'claim-logreg-1') throw new Error(`Unknown claim model format ${file.format}`);
  const weights = new Int8Array(decodeBase64(file.weights).buffer);
  return { bits: file.bits, bias: file.bias, weights, scale: file.scale };
}

/** The model's raw margin for a sentence's feature buckets (before the logistic function). */
export function claimMargin(
  weights: ArrayLike<number>,
  bias: number,
  buckets: readonly number[],
  scale = 1,
): number {
  let z = 0;
  for (const b of buckets) z += weights[b]!;
  return bias + z * scale;
}

/** Check-worthiness in [0, 1] of a sentence's feature buckets. */
export function scoreClaim(model: ClaimModel, buckets: readonly number[]): number {
  return 1 / (1 + Math.exp(-claimMargin(model.weights, model.bias, buckets, model.scale)));
}

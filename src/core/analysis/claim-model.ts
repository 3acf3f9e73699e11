import { decodeInt8Base64 } from './base64';

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

/** Decodes a stored claim model. */
export function decodeClaimModel(file: ClaimModelFile): ClaimModel {
  if (file.format !== 'claim-logreg-1') throw new Error(`Unknown claim model format ${file.format}`);
  const weights = decodeInt8Base64(file.weights);
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

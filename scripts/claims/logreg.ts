// A logistic regression over hashed features, trained by AdaGrad: deterministic for the same data.
import { claimMargin } from '../../src/core/analysis/claim-model';

/** Hashed features live in 2^BITS buckets (the committed model's size: 256 KB of int8 before gzip). */
export const BITS = 18;

export type Example = Readonly<{ buckets: readonly number[]; yes: boolean; weight: number }>;
export type Trained = { bits: number; bias: number; weights: Float32Array };

/** A seeded shuffle (mulberry32), so two runs train the same model. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let a = seed;
  const rand = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Trains on `examples`: `epochs` passes, L2 penalty `l2`, positives weighted by `positiveWeight`. */
export function trainLogReg(
  examples: readonly Example[],
  { bits = BITS, epochs = 8, rate = 0.05, l2 = 1e-6, positiveWeight = 1.6 } = {},
): Trained {
  const weights = new Float32Array(1 << bits);
  const squares = new Float32Array(1 << bits).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const buckets = examples.map((x) => x.buckets);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const i of shuffled(order, 17 + epoch)) {
      const x = examples[i]!;
      let z = bias;
      for (const b of buckets[i]!) z += weights[b]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - (x.yes ? 1 : 0)) * x.weight * (x.yes ? positiveWeight : 1);
      biasSquares += g * g;
      bias -= (rate * g) / Math.sqrt(biasSquares);
      for (const b of buckets[i]!) {
        const gw = g + l2 * weights[b]!;
        squares[b] = squares[b]! + gw * gw;
        weights[b] = weights[b]! - (rate * gw) / Math.sqrt(squares[b]!);
      }
    }
  }
  return { bits, bias, weights };
}

/** The trained model's probability for a sentence's feature buckets. */
export function predict(model: Trained, buckets: readonly number[]): number {
  return 1 / (1 + Math.exp(-claimMargin(model.weights, model.bias, buckets)));
}

/** Precision, recall and F1 of the "Yes" class at a threshold. */
export function f1At(scores: readonly number[], gold: readonly boolean[], threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    const yes = s >= threshold;
    if (yes && gold[i]) tp++;
    else if (yes) fp++;
    else if (gold[i]) fn++;
  });
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** The threshold with the best F1 on tuning scores, and the lowest one reaching `precision` (else 0.9). */
export function tuneThresholds(scores: readonly number[], gold: readonly boolean[], precision = 0.8) {
  let likely = 0.5;
  let best = -1;
  let strong = 0.9;
  for (let t = 0.05; t < 0.96; t += 0.01) {
    const r = f1At(scores, gold, t);
    if (r.f1 > best) [best, likely] = [r.f1, t];
  }
  for (let t = likely; t < 0.99; t += 0.01) {
    if (f1At(scores, gold, t).p >= precision) {
      strong = t;
      break;
    }
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return { likely: round(likely), strong: round(Math.max(strong, likely + 0.05)) };
}

// `npm run train`: trains the entity tagger (a structured averaged perceptron over hashed features, Viterbi
// decoding) on the train splits of ../shared/training, picks the number of epochs by the dev splits' F1,
// retrains on train + dev, quantises the weights to int8 and writes src/core/analysis/model/entity-tagger.json.
// Deterministic: fixed order and seed. The test splits (scripts/ner/corpus.ts) are never trained or tuned on.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { TaggerModelFile } from '../src/core/analysis/tagger/model';
import { encodeSparseWeights } from '../src/core/analysis/tagger/sparse-weights';
import { TAG_COUNT, TAGS } from '../src/core/analysis/tagger/tags';
import { decode, scoreTokens } from '../src/core/analysis/tagger/viterbi';
import { featureListsHash, FEATURES_PER_TOKEN } from '../src/core/analysis/tagger/features';
import { readCorpus, type GoldDoc } from './ner/corpus';
import { buildGazetteerLists } from './ner/gazetteer';
import { prepareExamples, type Example } from './ner/prepare';

const BITS = Number(process.env.TAGGER_BITS ?? 19);
const EPOCHS = Number(process.env.TAGGER_EPOCHS ?? 12);
const T = TAG_COUNT;
const OUT =
  process.env.TAGGER_OUT ??
  path.join(
    path.dirname(fileURLToPath(import.meta.url)),
    '..',
    'src',
    'core',
    'analysis',
    'model',
    'entity-tagger.json',
  );
// Sets left out of training (tuned on dev): comma-separated, e.g. TAGGER_SKIP=btc.
const SKIP = new Set((process.env.TAGGER_SKIP ?? '').split(',').filter(Boolean));

/** Averaged perceptron state: current weights and the running sum trick (avg = w - u / c). */
type Params = { w: Float32Array; u: Float32Array; tw: Float32Array; tu: Float32Array; c: number };

function seededShuffle<T>(items: T[], seed: number): T[] {
  let s = seed;
  for (let i = items.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function update(p: Params, ex: Example, predicted: Uint8Array): void {
  const shift = 32 - BITS;
  const bump = (arr: Float32Array, sum: Float32Array, k: number, by: number): void => {
    arr[k]! += by;
    sum[k]! += p.c * by;
  };
  for (let i = 0; i < ex.n; i++) {
    const gold = ex.tags[i]!;
    const pred = predicted[i]!;
    if (gold !== pred) {
      for (let f = i * FEATURES_PER_TOKEN, end = f + FEATURES_PER_TOKEN; f < end; f++) {
        const base = (ex.features[f]! >>> shift) * T;
        bump(p.w, p.u, base + gold, 1);
        bump(p.w, p.u, base + pred, -1);
      }
    }
    const gPrev = i === 0 ? 0 : ex.tags[i - 1]! + 1;
    const pPrev = i === 0 ? 0 : predicted[i - 1]! + 1;
    if (gold !== pred || gPrev !== pPrev) {
      bump(p.tw, p.tu, gPrev * T + gold, 1);
      bump(p.tw, p.tu, pPrev * T + pred, -1);
    }
  }
}

function averaged(w: Float32Array, u: Float32Array, c: number): Float32Array {
  return w.map((x, i) => x - u[i]! / c);
}

/** Token-level span F1 (exact spans, MISC excluded) of weights on examples. */
function spanF1(examples: readonly Example[], w: ArrayLike<number>, tw: ArrayLike<number>): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const spans = (tags: Uint8Array): Set<string> => {
    const out = new Set<string>();
    let start = -1;
    for (let i = 0; i <= tags.length; i++) {
      const tag = i < tags.length ? TAGS[tags[i]!]! : 'O';
      if (start >= 0 && !tag.startsWith('I-')) {
        const type = TAGS[tags[start]!]!.slice(2);
        if (type !== 'MISC') out.add(`${start}:${i}:${type}`);
        start = -1;
      }
      if (tag.startsWith('B-')) start = i;
    }
    return out;
  };
  for (const ex of examples) {
    const pred = spans(decode(scoreTokens(ex.features, ex.n, w, BITS, 1), ex.n, tw));
    const gold = spans(ex.tags);
    for (const s of pred) {
      if (gold.has(s)) tp++;
      else fp++;
    }
    for (const s of gold) if (!pred.has(s)) fn++;
  }
  return (2 * tp) / Math.max(1, 2 * tp + fp + fn);
}

/** int8 weights with the scale that maps the 99.99th-percentile magnitude to 127 (larger ones clip). */
function quantise(w: Float32Array): { q: Int8Array; scale: number } {
  const mags = w
    .filter((x) => x !== 0)
    .map(Math.abs)
    .sort();
  const top = mags[Math.floor(mags.length * 0.9999)] ?? 1;
  const scale = top / 127;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(w[i]! / scale)));
  return { q, scale };
}

/** Trains for `epochs` passes; with `dev`, returns the epoch whose averaged weights score best there. */
function trainEpochs(
  train: readonly Example[],
  epochs: number,
  dev: readonly Example[] | null,
): { epoch: number; w: Float32Array<ArrayBufferLike>; tw: Float32Array<ArrayBufferLike> } {
  const size = (1 << BITS) * T;
  const p: Params = {
    w: new Float32Array(size),
    u: new Float32Array(size),
    tw: new Float32Array((T + 1) * T),
    tu: new Float32Array((T + 1) * T),
    c: 1,
  };
  let best: {
    f1: number;
    epoch: number;
    w: Float32Array<ArrayBufferLike>;
    tw: Float32Array<ArrayBufferLike>;
  } = { f1: -1, epoch: 0, w: new Float32Array(0), tw: new Float32Array(0) };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (const ex of seededShuffle([...train], epoch)) {
      const predicted = decode(scoreTokens(ex.features, ex.n, p.w, BITS, 1), ex.n, p.tw);
      if (predicted.some((t, i) => t !== ex.tags[i])) update(p, ex, predicted);
      p.c++;
    }
    if (!dev && epoch < epochs) continue;
    const w = averaged(p.w, p.u, p.c);
    const tw = averaged(p.tw, p.tu, p.c);
    const f1 = dev ? spanF1(dev, w, tw) : 0;
    if (dev) console.log(`epoch ${epoch}: dev span F1 ${(100 * f1).toFixed(1)}`);
    if (f1 > best.f1) best = { f1, epoch, w, tw };
  }
  return best;
}

/** Trains the tagger and writes its model file (run by `npm run train`). */
export async function run(): Promise<void> {
  const corpus = readCorpus();
  if (!corpus) {
    console.error('../shared/training is absent: nothing to train on (the committed model stays as it is).');
    process.exit(1);
  }
  const use = (d: GoldDoc): boolean => !SKIP.has(d.set);
  // 1. Train on the train splits, choose the number of epochs by the dev splits.
  const trainDocs = corpus.filter((d) => d.split === 'train' && use(d));
  const devDocs = corpus.filter((d) => d.split === 'dev');
  const trainLists = buildGazetteerLists(trainDocs);
  const dev = prepareExamples(devDocs, trainLists);
  const train = prepareExamples(trainDocs, trainLists);
  console.log(`train: ${train.length} sentences; dev: ${dev.length} sentences; ${BITS}-bit feature space`);
  const tuned = trainEpochs(train, EPOCHS, dev);
  console.log(`best epoch ${tuned.epoch} (dev span F1 ${(100 * spanF1(dev, tuned.w, tuned.tw)).toFixed(1)})`);
  // 2. Retrain on train + dev for that many epochs; the test splits stay unseen.
  const finalDocs = [...trainDocs, ...devDocs.filter(use)];
  const gazetteer = buildGazetteerLists(finalDocs);
  const final = trainEpochs(prepareExamples(finalDocs, gazetteer), tuned.epoch, null);
  const { q, scale } = quantise(final.w);
  const file: TaggerModelFile = {
    format: 'hashed-perceptron-2',
    tags: TAGS,
    bits: BITS,
    scale,
    transitions: Array.from(final.tw, (x) => Math.round(x * 1000) / 1000),
    weights: encodeSparseWeights(q, TAGS.length),
    gazetteer,
    featureLists: featureListsHash(),
  };
  const json = JSON.stringify(file);
  writeFileSync(OUT, `${json}\n`);
  console.log(
    `wrote ${path.relative(process.cwd(), OUT)} (train + dev, ${tuned.epoch} epochs): ` +
      `${(json.length / 1e6).toFixed(2)} MB, ${(gzipSync(json).length / 1e6).toFixed(2)} MB gzip`,
  );
}

// Trains the claim classifier (a logistic regression over hashed sentence features) from ClaimBuster's
// training split plus the project's own labelled news sentences, tunes its thresholds on ClaimBuster's tuning
// split, and writes src/core/analysis/model/claim-classifier.json. Deterministic for the same data.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { sentenceBuckets } from '../src/core/analysis/claim-features';
import { encodeBase64 } from '../src/core/analysis/base64';
import type { ClaimModelFile } from '../src/core/analysis/claim-model';
import { factsOf, readClaimBuster, readOwnNews, REPO, splitOf } from './claims/data';
import { BITS, f1At, predict, trainLogReg, tuneThresholds, type Example } from './claims/logreg';

// Own news sentences count more: there are few of them and they are the prose the workbench reads.
const NEWS_WEIGHT = 4;

export async function run(): Promise<void> {
  const claimBuster = readClaimBuster();
  if (!claimBuster) {
    console.log('skipped: ../shared/training absent');
    return;
  }
  const started = Date.now();
  const train = claimBuster.filter((x) => splitOf(x.sentence) === 'train');
  const dev = claimBuster.filter((x) => splitOf(x.sentence) === 'dev');
  const news = readOwnNews();
  const examples: Example[] = [
    ...train.map((x) => ({
      buckets: sentenceBuckets(x.sentence, factsOf(x.sentence), BITS),
      yes: x.yes,
      weight: 1,
    })),
    ...news.map((x) => ({
      buckets: sentenceBuckets(x.sentence, factsOf(x.sentence), BITS),
      yes: x.yes,
      weight: NEWS_WEIGHT,
    })),
  ];
  const model = trainLogReg(examples);
  const devScores = dev.map((x) => predict(model, sentenceBuckets(x.sentence, factsOf(x.sentence), BITS)));
  const gold = dev.map((x) => x.yes);
  const thresholds = tuneThresholds(devScores, gold);
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127;
  const bytes = new Int8Array(model.weights.length);
  model.weights.forEach((w, i) => (bytes[i] = Math.round(w / scale)));
  const dir = path.join(REPO, 'src', 'core', 'analysis', 'model');
  const file: ClaimModelFile = {
    format: 'claim-logreg-1',
    bits: model.bits,
    bias: Math.round(model.bias * 1e4) / 1e4,
    scale,
    weights: encodeBase64(new Uint8Array(bytes.buffer)),
    card:
      'Check-worthiness classifier trained by scripts/train-claims.ts on ClaimBuster (GPL-3.0 copy, ' +
      'utaresearch/claimbuster-spotter; reported CC BY 4.0 on Zenodo, not verified) minus a held-out fifth, and ' +
      "the project's own news sentences (test-data/claims/news-train.tsv). See README, claim classifier.",
  };
  writeFileSync(path.join(dir, 'claim-classifier.json'), JSON.stringify(file) + '\n');
  writeFileSync(path.join(dir, 'claim-thresholds.json'), JSON.stringify(thresholds) + '\n');
  const atLikely = f1At(devScores, gold, thresholds.likely);
  console.log(
    `claims: ${examples.length} training sentences (${news.length} own news), tuning split ${dev.length}: ` +
      `F1 ${atLikely.f1.toFixed(3)} at ${thresholds.likely}, strong from ${thresholds.strong}; ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();

// Scores the claim classifier (F1 of "Yes" on ClaimBuster's held-out fifth and on the held-out news
// sentences) beside a bag-of-words logistic regression trained on the same data, and speaker and cue spans
// on the project's news cases and on LitBank's held-out fifth.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeText, loadAnalysisModels } from '../src/core/analysis';
import { sentenceBuckets } from '../src/core/analysis/claim-features';
import { scoreClaim } from '../src/core/analysis/claim-model';
import thresholds from '../src/core/analysis/model/claim-thresholds.json';
import {
  emptyScores,
  scoreAttributionCase,
  type AttributionCase,
  type AttributionScores,
  type SpanCounts,
} from './claims/attribution-score';
import {
  factsOf,
  readClaimBuster,
  readHeldOutNews,
  readOwnNews,
  REPO,
  splitOf,
  type Labelled,
} from './claims/data';
import { readHeldOutLitBank, scoreLitRecord, type LitScores } from './claims/litbank';
import { BITS, f1At, predict, trainLogReg, tuneThresholds } from './claims/logreg';

const models = await loadAnalysisModels();
const pct = (x: number) => (100 * x).toFixed(1).padStart(6);

function pr(c: SpanCounts) {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return `${pct(p)} ${pct(r)} ${pct(p + r === 0 ? 0 : (2 * p * r) / (p + r))}`;
}

function f1Row(name: string, set: string, scores: number[], gold: boolean[], threshold: number): string {
  const r = f1At(scores, gold, threshold);
  return `${name.padEnd(14)} ${set.padEnd(26)} ${pct(r.p)} ${pct(r.r)} ${pct(r.f1)}`;
}

function evalClassifier(): void {
  const heldOutNews = readHeldOutNews();
  const engine = (xs: readonly Labelled[]) =>
    xs.map((x) =>
      scoreClaim(models.claims, sentenceBuckets(x.sentence, factsOf(x.sentence), models.claims.bits)),
    );
  console.log(
    `claim classifier, F1 of "Yes" (${'system'.padEnd(8)} ${'set'.padEnd(26)}      P      R     F1)`,
  );
  const claimBuster = readClaimBuster();
  const rows: string[] = [];
  const news = `own news held-out ${heldOutNews.length}`;
  if (claimBuster) {
    const test = claimBuster.filter((x) => splitOf(x.sentence) === 'test');
    const dev = claimBuster.filter((x) => splitOf(x.sentence) === 'dev');
    const train = [...claimBuster.filter((x) => splitOf(x.sentence) === 'train'), ...readOwnNews()];
    // The baseline: the same learner and data, words only; its threshold tuned on the same tuning split.
    const bow = trainLogReg(
      train.map((x) => ({ buckets: sentenceBuckets(x.sentence, null, BITS, true), yes: x.yes, weight: 1 })),
    );
    const bowScores = (xs: readonly Labelled[]) =>
      xs.map((x) => predict(bow, sentenceBuckets(x.sentence, null, BITS, true)));
    const bowThreshold = tuneThresholds(
      bowScores(dev),
      dev.map((x) => x.yes),
    ).likely;
    // Engine and baseline on ClaimBuster's held-out split and on the own news held out from training.
    for (const [set, xs] of [
      [`claimbuster held-out ${test.length}`, test],
      [news, heldOutNews],
    ] as const) {
      const gold = xs.map((x) => x.yes);
      rows.push(f1Row('engine', set, engine(xs), gold, thresholds.likely));
      rows.push(f1Row('bag-of-words', set, bowScores(xs), gold, bowThreshold));
    }
  } else {
    console.log('skipped: ../shared/training absent (no ClaimBuster split, no baseline)');
    rows.push(
      f1Row(
        'engine',
        news,
        engine(heldOutNews),
        heldOutNews.map((x) => x.yes),
        thresholds.likely,
      ),
    );
  }
  for (const r of rows) console.log(r);
}

function evalNewsCases(): void {
  console.log(`\nattribution on own news cases (exact spans)       P      R     F1`);
  for (const [name, file] of [
    ['cases', 'cases.json'],
    ['held-out', path.join('held-out', 'cases.json')],
  ] as const) {
    const cases = JSON.parse(
      readFileSync(path.join(REPO, 'test-data', 'attribution', file), 'utf8'),
    ) as AttributionCase[];
    const s: AttributionScores = emptyScores();
    for (const c of cases) scoreAttributionCase(c, analyzeText(c.text, models), s);
    const n = cases.reduce((k, c) => k + c.claims.length, 0);
    console.log(`${name.padEnd(9)} claim speaker  (${String(n).padStart(3)} sentences)    ${pr(s.speaker)}`);
    console.log(`${name.padEnd(9)} claim cue                           ${pr(s.cue)}`);
    console.log(`${name.padEnd(9)} claim kind                          ${pr(s.kind)}`);
    console.log(`${name.padEnd(9)} quote speaker                       ${pr(s.quoteSpeaker)}`);
  }
}

function evalLitBank(): void {
  const records = readHeldOutLitBank();
  if (!records) {
    console.log('\nLitBank quotes: skipped: ../shared/training absent');
    return;
  }
  const s: LitScores = {
    quote: { tp: 0, fp: 0, fn: 0 },
    speaker: { tp: 0, fp: 0, fn: 0 },
    cue: { tp: 0, fp: 0, fn: 0 },
  };
  for (const r of records) scoreLitRecord(r, analyzeText(r.text, models), s);
  console.log(`\nLitBank quotes, held-out fifth (${records.length} records, exact spans)  P      R     F1`);
  console.log(`quote span                                    ${pr(s.quote)}`);
  console.log(`speaker span (of quotes found)                ${pr(s.speaker)}`);
  console.log(`cue span (of quotes found)                    ${pr(s.cue)}`);
}

export async function run(): Promise<void> {
  evalClassifier();
  evalNewsCases();
  evalLitBank();
}

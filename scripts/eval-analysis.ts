// Scores the analysis engine against compromise on the golden cases in test-data/analysis/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { analyzeText, loadAnalysisModels } from '../src/core/analysis';
import {
  createScores,
  scoreCase,
  scoreF1,
  type GoldenCase,
  type Predicted,
  type Scores,
} from '../src/core/analysis/golden-score';

const models = await loadAnalysisModels();

type Offset = { offset: { start: number; length: number } };
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-data', 'analysis');

/** compromise's people/places/organizations, and sentences with "said" or a quotation as claims. */
function runCompromise(text: string): Predicted {
  const doc = nlp(text);
  const entities = (
    [
      ['PERSON', doc.people()],
      ['PLACE', doc.places()],
      ['ORG', doc.organizations()],
    ] as const
  ).flatMap(([type, view]) =>
    (view.json({ offset: true }) as Offset[]).map((m) => ({
      start: m.offset.start,
      end: m.offset.start + m.offset.length,
      type,
    })),
  );
  const claims = (doc.sentences().json({ offset: true }) as Array<Offset & { text: string }>)
    .filter((s) => /\bsaid\b|["“]/.test(s.text))
    .map((s) => ({ start: s.offset.start, attribution: null, hedge: null }));
  return { entities, claims };
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(6);
}

function rowsOf(name: string, s: Scores): string[] {
  const rows = Object.keys(s.entities)
    .sort()
    .map((t) => {
      const f = scoreF1(s.entities[t]!);
      return `${name.padEnd(10)} ${t.padEnd(12)} ${pct(f.p)} ${pct(f.r)} ${pct(f.f1)}`;
    });
  for (const [label, c] of [
    ['claims', s.claims],
    ['attribution', s.attribution],
  ] as const) {
    const f = scoreF1(c);
    rows.push(`${name.padEnd(10)} ${label.padEnd(12)} ${pct(f.p)} ${pct(f.r)} ${pct(f.f1)}`);
  }
  return rows;
}

/** Loads every golden case of test-data/analysis (or of its `folder`, such as "held-out"). */
export function loadGoldenCases(folder = ''): Array<[string, GoldenCase]> {
  const from = path.join(dir, folder);
  return readdirSync(from)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(path.join(from, f), 'utf8')) as GoldenCase]);
}

export async function run(): Promise<void> {
  for (const [folder, label] of [
    ['', 'test-data/analysis'],
    ['held-out', 'test-data/analysis/held-out (never tuned on)'],
  ] as const) {
    const engine = createScores();
    const baseline = createScores();
    const cases = loadGoldenCases(folder);
    for (const [, gold] of cases) {
      scoreCase(gold, analyzeText(gold.text, models), engine);
      scoreCase(gold, runCompromise(gold.text), baseline);
    }
    console.log(`\n${cases.length} golden cases in ${label} (exact span + type for entities)`);
    printScores(engine, baseline);
  }
}

function printScores(engine: Scores, baseline: Scores): void {
  console.log(`${'system'.padEnd(10)} ${'type'.padEnd(12)}      P      R     F1`);
  for (const row of [...rowsOf('engine', engine), ...rowsOf('compromise', baseline)]) console.log(row);
  console.log(
    `engine attribution kind accuracy ${pct(engine.kindCorrect / Math.max(1, engine.kindTotal))}% ` +
      `(${engine.kindTotal} overlapping), hedge accuracy ${pct(engine.hedgeCorrect / Math.max(1, engine.hedgeTotal))}% ` +
      `(${engine.hedgeTotal} matched claims)`,
  );
}

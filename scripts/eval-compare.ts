// Sentence alignment on test-data/compare: link precision/recall/F1 of the aligner beside a TF-IDF
// best-match baseline, moved-pair recall, and discrepancy recall/precision, per case and over the tuning cases;
// the cases whose expected.json says `"split": "held-out"` (never looked at while changing the aligner) on a
// line of their own.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAnalysisModels, type AnalysisModels } from '../src/core/analysis';
import { evaluateCase, type CaseResult } from '../src/core/compare/evaluate-case';
import { scoreCounts, type Counts, type GoldCase } from '../src/core/compare/evaluate';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-data', 'compare');

/** Evaluates every golden case in test-data/compare. */
export function evaluateAllCases(
  models: AnalysisModels,
): Array<{ name: string; heldOut: boolean; result: CaseResult }> {
  return readdirSync(root)
    .sort()
    .map((name) => {
      const read = (f: string) => readFileSync(path.join(root, name, f), 'utf8');
      const gold = JSON.parse(read('expected.json')) as GoldCase;
      return {
        name,
        heldOut: gold.split === 'held-out',
        result: evaluateCase(read('a.txt'), read('b.txt'), gold, models),
      };
    });
}

const add = (x: Counts, y: Counts): Counts => ({ tp: x.tp + y.tp, fp: x.fp + y.fp, fn: x.fn + y.fn });
const fmt = (c: Counts) => {
  const s = scoreCounts(c);
  return `${s.precision.toFixed(2)} ${s.recall.toFixed(2)} ${s.f1.toFixed(2)}`;
};

export async function run(): Promise<void> {
  const rows = evaluateAllCases(await loadAnalysisModels());
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  console.log(
    'case               | aligner P R F1   | baseline P R F1  | moved | discrepancies found/gold (extra)',
  );
  for (const heldOut of [false, true]) {
    let [al, bl, ds] = [zero, zero, zero];
    let [mf, mt] = [0, 0];
    for (const { name, result: r } of rows.filter((row) => row.heldOut === heldOut)) {
      [al, bl, ds] = [add(al, r.aligner), add(bl, r.baseline), add(ds, r.discrepancies)];
      [mf, mt] = [mf + r.moved.found, mt + r.moved.total];
      const d = r.discrepancies;
      console.log(
        `${name.padEnd(18)} | ${fmt(r.aligner)} | ${fmt(r.baseline)} | ${r.moved.found}/${r.moved.total}   | ${d.tp}/${d.tp + d.fn} (${d.fp})`,
      );
    }
    const dsScore = scoreCounts(ds);
    const label = heldOut ? 'HELD-OUT' : 'TUNING';
    console.log(
      `${label.padEnd(18)} | ${fmt(al)} | ${fmt(bl)} | ${mf}/${mt}   | ${ds.tp}/${ds.tp + ds.fn} (${ds.fp})`,
    );
    console.log(
      `${label.toLowerCase()} pair F1: aligner ${scoreCounts(al).f1.toFixed(3)} vs baseline ${scoreCounts(bl).f1.toFixed(3)}; ` +
        `discrepancy recall ${dsScore.recall.toFixed(3)}, precision ${dsScore.precision.toFixed(3)}`,
    );
  }
}

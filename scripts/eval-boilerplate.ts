// Boilerplate removal on the golden cases (test-data/ingest/*/expected.json with a full `text`): paragraph-level
// precision, recall and F1 of the clean text, beside a baseline that keeps every non-empty line. Cases whose
// expected.json says `"split": "held-out"` are scored on their own line: no rule is tuned on them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFile } from '../src/core/ingest';
import { readHtml } from '../src/readers/html-reader';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test-data/ingest');

type Score = { tp: number; fp: number; fn: number };
const zero = (): Score => ({ tp: 0, fp: 0, fn: 0 });

function score(kept: readonly string[], gold: readonly string[], into: Score): Score {
  const goldSet = new Set(gold);
  const keptSet = new Set(kept);
  const s = {
    tp: kept.filter((p) => goldSet.has(p)).length,
    fp: kept.filter((p) => !goldSet.has(p)).length,
    fn: gold.filter((p) => !keptSet.has(p)).length,
  };
  into.tp += s.tp;
  into.fp += s.fp;
  into.fn += s.fn;
  return s;
}

function format(s: Score): string {
  const p = s.tp / (s.tp + s.fp || 1);
  const r = s.tp / (s.tp + s.fn || 1);
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(2)}  R ${r.toFixed(2)}  F1 ${f1.toFixed(2)}`;
}

/** Prints per-case and per-split paragraph P/R/F1 for ingest and for the keep-every-line baseline. */
export async function run(): Promise<void> {
  const totals = { tuning: { ours: zero(), base: zero() }, 'held-out': { ours: zero(), base: zero() } };
  for (const name of readdirSync(root).sort()) {
    const dir = path.join(root, name);
    if (!existsSync(path.join(dir, 'expected.json'))) continue;
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as {
      text?: string;
      split?: 'held-out';
    };
    const input = readdirSync(dir).find((f) => f.startsWith('input.'));
    if (!expected.text || !input || !/\.(txt|md)$/.test(input)) continue;
    const bytes = new Uint8Array(readFileSync(path.join(dir, input)));
    const outcome = ingestFile({ fileName: input, bytes }, { readHtml });
    if (!outcome.ok) continue;
    const split = expected.split ?? 'tuning';
    const gold = expected.text.split('\n\n');
    const ours = score(outcome.articles[0]!.text.split('\n\n'), gold, totals[split].ours);
    const raw = outcome.articles[0]!.originalText.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim());
    const base = score(raw.filter(Boolean), gold, totals[split].base);
    console.log(`${name.padEnd(32)} ingest ${format(ours)}   | baseline ${format(base)}`);
  }
  for (const [split, { ours, base }] of Object.entries(totals))
    console.log(`${`ALL ${split}`.padEnd(32)} ingest ${format(ours)}   | baseline ${format(base)}`);
}

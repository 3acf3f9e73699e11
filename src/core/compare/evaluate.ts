import type { Discrepancy, Span } from '../model';

/** A golden case's expectations, written by sentence prefixes and discrepancy words (test-data/compare). */
export type GoldCase = Readonly<{
  pairs: ReadonlyArray<Readonly<{ a: readonly string[]; b: readonly string[]; moved?: boolean }>>;
  onlyA: readonly string[];
  onlyB: readonly string[];
  discrepancies: ReadonlyArray<
    Readonly<{
      kind: Discrepancy['kind'];
      severity?: Discrepancy['severity'];
      a: string | null;
      b: string | null;
    }>
  >;
  /** "held-out": never looked at while changing the aligner, scored on its own and held to no floor. */
  split?: 'held-out';
}>;

/** Precision/recall counts. */
export type Counts = { tp: number; fp: number; fn: number };

/** Index of the sentence that a prefix starts (first occurrence in the text); throws if the prefix is absent. */
export function locatePrefix(text: string, sentences: readonly Span[], prefix: string): number {
  const at = text.indexOf(prefix);
  const k = sentences.findIndex(([s, e]) => at >= s && at < e);
  if (at < 0 || k < 0) throw new Error(`gold prefix not found: "${prefix}"`);
  return k;
}

/** Sentence indices a span covers. */
export function coveredSentences(sentences: readonly Span[], span: Span): number[] {
  return sentences.flatMap(([s, e], k) => (s >= span[0] && e <= span[1] ? [k] : []));
}

/** Every sentence link (i, j) a list of pairs makes, as "i:j" keys: a 1:2 pair makes two links. */
export function listLinks(
  pairs: ReadonlyArray<Readonly<{ a: readonly number[]; b: readonly number[] }>>,
): Set<string> {
  const out = new Set<string>();
  for (const p of pairs) for (const i of p.a) for (const j of p.b) out.add(`${i}:${j}`);
  return out;
}

/** Counts predicted links against gold links. */
export function countLinks(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): Counts {
  let tp = 0;
  for (const l of predicted) if (gold.has(l)) tp++;
  return { tp, fp: predicted.size - tp, fn: gold.size - tp };
}

/** Precision, recall and F1 of counts (1 when nothing was expected and nothing predicted). */
export function scoreCounts({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const sideMatches = (gold: string | null, found: Readonly<{ text: string }> | null) => {
  if (gold === null || found === null) return gold === null && found === null;
  const [g, f] = [gold.toLowerCase(), found.text.toLowerCase()];
  return f.includes(g) || g.includes(f);
};

/** Counts gold discrepancies found (same kind, severity if given, and the words on both sides) and extras. */
export function countDiscrepancies(
  predicted: readonly Discrepancy[],
  gold: GoldCase['discrepancies'],
): Counts {
  const left = [...predicted];
  let tp = 0;
  for (const g of gold) {
    const k = left.findIndex(
      (d) =>
        d.kind === g.kind &&
        (!g.severity || d.severity === g.severity) &&
        sideMatches(g.a, d.a) &&
        sideMatches(g.b, d.b),
    );
    if (k >= 0) {
      tp++;
      left.splice(k, 1);
    }
  }
  return { tp, fp: left.length, fn: gold.length - tp };
}

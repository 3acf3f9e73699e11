import { analyzeText, type AnalysisModels } from '../analysis';
import { alignByBestMatch } from './baseline';
import { compareArticles } from './compare-articles';
import {
  countDiscrepancies,
  countLinks,
  coveredSentences,
  listLinks,
  locatePrefix,
  type Counts,
  type GoldCase,
} from './evaluate';
import { describeSentences } from './sentence-features';
import { buildSimilarityTable } from './vectors';

/** How the aligner and the baseline did on one golden case. */
export type CaseResult = Readonly<{
  aligner: Counts;
  baseline: Counts;
  discrepancies: Counts;
  /** Gold pairs marked moved that came out moved, of those marked moved. */
  moved: Readonly<{ found: number; total: number }>;
  pairCount: number;
}>;

/** Runs the aligner and the TF-IDF best-match baseline on one golden case and counts both against gold. */
export function evaluateCase(
  textA: string,
  textB: string,
  gold: GoldCase,
  models: AnalysisModels,
): CaseResult {
  const analysisA = analyzeText(textA, models);
  const analysisB = analyzeText(textB, models);
  const [sa, sb] = [analysisA.sentences, analysisB.sentences];
  const goldPairs = gold.pairs.map((p) => ({
    a: p.a.map((x) => locatePrefix(textA, sa, x)),
    b: p.b.map((x) => locatePrefix(textB, sb, x)),
    moved: p.moved ?? false,
  }));
  const goldLinks = listLinks(goldPairs);
  const result = compareArticles(
    { id: 'a', text: textA, analysis: analysisA },
    { id: 'b', text: textB, analysis: analysisB },
  );
  const predicted = result.pairs.map((p) => ({
    a: coveredSentences(sa, p.a),
    b: coveredSentences(sb, p.b),
    moved: p.moved,
  }));
  const table = buildSimilarityTable(
    describeSentences(textA, analysisA).map((s) => s.features),
    describeSentences(textB, analysisB).map((s) => s.features),
  );
  const baseline = alignByBestMatch(table).map((p) => ({ a: [p.a[0]], b: [p.b[0]] }));
  const goldMoved = goldPairs.filter((p) => p.moved);
  const movedFound = goldMoved.filter((g) =>
    predicted.some((p) => p.moved && p.a.includes(g.a[0]!) && p.b.includes(g.b[0]!)),
  ).length;
  return {
    aligner: countLinks(listLinks(predicted), goldLinks),
    baseline: countLinks(listLinks(baseline), goldLinks),
    discrepancies: countDiscrepancies(
      result.pairs.flatMap((p) => p.discrepancies),
      gold.discrepancies,
    ),
    moved: { found: movedFound, total: goldMoved.length },
    pairCount: result.pairs.length,
  };
}

import type { IndexPair } from './align';
import { cosine11, type SimilarityTable } from './vectors';

/**
 * The baseline the aligner is measured against: each A sentence paired with its single best B sentence by
 * TF-IDF cosine, if above `threshold` (no order, no merges, B sentences may be reused).
 */
export function alignByBestMatch(t: SimilarityTable, threshold = 0.3): IndexPair[] {
  const out: IndexPair[] = [];
  for (let i = 0; i < t.n; i++) {
    let best = -1;
    let bestSim = threshold;
    for (let k = t.rowStart[i]!; k < t.rowStart[i + 1]!; k++) {
      const s = cosine11(t, i, t.cols[k]!);
      if (s >= bestSim) [best, bestSim] = [t.cols[k]!, s];
    }
    if (best >= 0) out.push({ a: [i, i], b: [best, best], similarity: bestSim, moved: false });
  }
  return out;
}

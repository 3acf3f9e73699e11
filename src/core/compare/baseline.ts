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
    for (let j = 0; j < t.m; j++) {
      const s = cosine11(t, i, j);
      if (s >= bestSim) [best, bestSim] = [j, s];
    }
    if (best >= 0) out.push({ a: [i, i], b: [best, best], similarity: bestSim, moved: false });
  }
  return out;
}

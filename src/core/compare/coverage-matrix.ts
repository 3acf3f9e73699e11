import type { AlignedPair, CellDiscrepancy, CoverageCell, CoverageMatrix, Discrepancy, Span } from '../model';
import type { IndexPair } from './align';
import { compareIndexed, type CompareSide } from './compare-articles';
import { createUnionFind } from './union-find';

type Link = Readonly<{ x: number; y: number; pair: AlignedPair; idx: IndexPair }>;

/** A link's discrepancy as seen from article k (one of the link's two articles). */
function orient(d: Discrepancy, link: Link, k: number): CellDiscrepancy {
  const fromX = link.x === k;
  return {
    kind: d.kind,
    severity: d.severity,
    mine: fromX ? d.a : d.b,
    theirs: fromX ? d.b : d.a,
    other: fromX ? link.y : link.x,
  };
}

/**
 * Facts × articles for three or more versions of a story: every pair of articles is aligned, aligned
 * sentences are joined into facts (union-find), and each fact becomes a row ordered by where it first
 * appears (first article that has it, then position). A cell's kind is relative to the row's first article.
 */
export function buildCoverageMatrix(sides: readonly CompareSide[]): CoverageMatrix {
  const base: number[] = [];
  let size = 0;
  for (const s of sides) {
    base.push(size);
    size += s.analysis.sentences.length;
  }
  const uf = createUnionFind(size);
  const links: Link[] = [];
  for (let x = 0; x < sides.length; x++) {
    for (let y = x + 1; y < sides.length; y++) {
      const { comparison, indexPairs } = compareIndexed(sides[x]!, sides[y]!);
      indexPairs.forEach((idx, k) => {
        links.push({ x, y, pair: comparison.pairs[k]!, idx });
        for (let i = idx.a[0]; i <= idx.a[1]; i++)
          for (let j = idx.b[0]; j <= idx.b[1]; j++) uf.union(base[x]! + i, base[y]! + j);
      });
    }
  }
  // Node ids grow with (article, position), so a root (its set's smallest id) is where the fact first appears.
  const rows = new Map<number, Span[][]>();
  sides.forEach((side, k) =>
    side.analysis.sentences.forEach((span, i) => {
      const root = uf.find(base[k]! + i);
      let cells = rows.get(root);
      if (!cells) rows.set(root, (cells = sides.map(() => [])));
      cells[k]!.push(span);
    }),
  );
  const rootOf = (article: number, sentence: number) => uf.find(base[article]! + sentence);
  return {
    articles: sides.map((s) => s.id),
    rows: [...rows.entries()]
      .sort((p, q) => p[0] - q[0])
      .map(([root, spans]) => {
        const inRow = links.filter((l) => rootOf(l.x, l.idx.a[0]) === root);
        const first = spans.findIndex((s) => s.length > 0);
        const cells = spans.map((s, k): CoverageCell => {
          if (s.length === 0) return { spans: s, kind: 'absent', discrepancies: 0, found: [] };
          const mine = inRow.filter((l) => l.x === k || l.y === k);
          const withFirst = mine.find((l) => (l.x === first && l.y === k) || (l.y === first && l.x === k));
          const kind = k === first ? 'same' : (withFirst?.pair.kind ?? 'reworded');
          const found = mine.flatMap((l) => l.pair.discrepancies.map((d) => orient(d, l, k)));
          return { spans: s, kind, discrepancies: found.length, found };
        });
        return { cells };
      }),
  };
}

import type { CoverageMatrix } from '../model';

/** What one outlet's article brings to a story: facts it carries, facts no other article has, conflicts. */
export type OutletCoverage = Readonly<{
  article: number;
  facts: number;
  onlyHere: readonly number[];
  conflicts: number;
}>;

/** Per article of a coverage matrix: how many facts it carries, which rows only it has, its conflicts. */
export function summarizeCoverage(matrix: CoverageMatrix): OutletCoverage[] {
  return matrix.articles.map((_, k) => {
    const carried = matrix.rows.flatMap((row, r) => (row.cells[k]!.kind === 'absent' ? [] : [r]));
    return {
      article: k,
      facts: carried.length,
      onlyHere: carried.filter((r) => matrix.rows[r]!.cells.every((c, j) => j === k || c.kind === 'absent')),
      conflicts: matrix.rows.reduce(
        (n, row) => n + row.cells[k]!.found.filter((d) => d.severity === 'conflict').length,
        0,
      ),
    };
  });
}

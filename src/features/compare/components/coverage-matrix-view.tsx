import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { CompareSide } from '../../../core/compare';
import type { Article, CoverageCell } from '../../../core/model';
import { useWindowRows } from '../../../lib/use-window-rows';
import { usePrinting } from '../../../lib/use-printing';
import { useCoverageMatrix } from '../api/get-coverage-matrix';
import { ArticleHeading } from './article-heading';
import { CellDiscrepancyList } from './cell-discrepancy-list';
import { CompareFailed } from './compare-failed';
import { CoverageSummary } from './coverage-summary';
import { MatrixFactLabel } from './matrix-fact-label';
import { useCreditLine } from '../../../queries/outlets';
import { counted } from '../../../lib/counted';

const CELL_LOOK: Readonly<Record<CoverageCell['kind'], { icon: string; label: string }>> = {
  same: { icon: '●', label: 'Same' },
  reworded: { icon: '◐', label: 'Reworded' },
  absent: { icon: '○', label: 'Absent' },
};

type Picked = Readonly<{ row: number; col: number }>;

/** Up to this many facts all render; beyond, only the rows near the viewport (between two spacer rows). */
const RENDER_ALL_UP_TO = 150;

/** Three or more articles: facts × articles, each cell saying how (or whether) that outlet carries the fact. */
export function CoverageMatrixView({
  articles,
  sides,
}: {
  articles: readonly Article[];
  sides: readonly CompareSide[];
}) {
  const creditLine = useCreditLine();
  const matrix = useCoverageMatrix(sides);
  const [picked, setPicked] = useState<Picked | null>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const rowCount = matrix.data?.rows.length ?? 0;
  const printing = usePrinting();
  // The page scrolls the matrix: rows are placed below the table's head, in window coordinates.
  const { virtualizer, scrollMargin } = useWindowRows(bodyRef, {
    count: rowCount,
    estimateSize: () => 44,
    // A printout holds every fact.
    overscan: printing || rowCount <= RENDER_ALL_UP_TO ? rowCount : 8,
  });
  const items = virtualizer.getVirtualItems();
  const above = (items[0]?.start ?? scrollMargin) - scrollMargin;
  const below = virtualizer.getTotalSize() - ((items[items.length - 1]?.end ?? scrollMargin) - scrollMargin);
  const cell = picked && matrix.data?.rows[picked.row]?.cells[picked.col];
  // The row's kinds are relative to the first article carrying the fact: the natural partner to compare with.
  const firstCarrier = picked
    ? matrix.data?.rows[picked.row]?.cells.findIndex((c) => c.spans.length > 0)
    : undefined;

  return (
    <>
      <h1 id="compare-title" className="compare-title">
        Coverage of {articles.length} articles
      </h1>
      {matrix.isPending && <p role="status">Aligning sentences across {articles.length} articles…</p>}
      {matrix.isError && <CompareFailed error={matrix.error} onRetry={() => void matrix.refetch()} />}
      {matrix.data && <CoverageSummary matrix={matrix.data} articles={articles} />}
      {matrix.data && (
        <div className="matrix-layout">
          <div className="matrix-scroll">
            <table className="coverage-matrix">
              <caption className="muted">
                {matrix.data.rows.length} facts. ● same as the first outlet to carry it, ◐ reworded, ○ absent;
                ⚠ counts discrepancies. Choose a cell to read the sentence.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Fact</th>
                  {articles.map((a) => (
                    <th key={a.id} scope="col">
                      <ArticleHeading article={a} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody ref={bodyRef}>
                {above > 0 && <tr aria-hidden="true" style={{ height: above }} />}
                {items
                  .map(({ index: r }) => ({ r, row: matrix.data.rows[r]! }))
                  .map(({ r, row }) => (
                    <tr key={r} data-index={r} ref={virtualizer.measureElement}>
                      <th scope="row" className="fact-label">
                        <MatrixFactLabel articles={articles} cells={row.cells} />
                      </th>
                      {row.cells.map((c, k) => {
                        const look = CELL_LOOK[c.kind];
                        const isPicked = picked?.row === r && picked.col === k;
                        return (
                          <td key={k} className={`matrix-cell cell-${c.kind}`}>
                            {c.kind === 'absent' ? (
                              <span className="cell-absent">
                                <span aria-hidden="true">{look.icon}</span> {look.label}
                              </span>
                            ) : (
                              <button
                                type="button"
                                className="cell-button"
                                aria-pressed={isPicked}
                                aria-label={`${look.label} in ${creditLine(articles[k]!) ?? articles[k]!.title}${c.discrepancies ? `, ${counted(c.discrepancies, 'discrepancy', 'discrepancies')}` : ''}: open the sentence`}
                                onClick={() => setPicked(isPicked ? null : { row: r, col: k })}
                              >
                                <span aria-hidden="true">{look.icon}</span> {look.label}
                                {c.discrepancies > 0 && (
                                  <span className="cell-discrepancies">
                                    {' '}
                                    <span aria-hidden="true">⚠</span>
                                    {c.discrepancies}
                                  </span>
                                )}
                              </button>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                {below > 0 && <tr aria-hidden="true" style={{ height: below }} />}
              </tbody>
            </table>
          </div>
          {picked && cell && (
            <aside className="matrix-panel" aria-label="Sentence">
              <ArticleHeading article={articles[picked.col]!} />
              {cell.spans.map(([s, e]) => (
                <blockquote key={s} className="matrix-sentence">
                  {articles[picked.col]!.text.slice(s, e)}
                </blockquote>
              ))}
              <CellDiscrepancyList found={cell.found} articles={articles} mine={picked.col} />
              <p className="matrix-panel-links">
                <Link to={`/articles/${articles[picked.col]!.id}?at=${cell.spans[0]?.[0] ?? 0}`}>
                  Open in the reader
                </Link>
                {firstCarrier !== undefined && firstCarrier !== picked.col && (
                  <Link to={`/compare?ids=${articles[firstCarrier]!.id},${articles[picked.col]!.id}`}>
                    Compare side by side with{' '}
                    {creditLine(articles[firstCarrier]!) ?? articles[firstCarrier]!.title}
                  </Link>
                )}
              </p>
              <button type="button" className="button button-small" onClick={() => setPicked(null)}>
                Close
              </button>
            </aside>
          )}
        </div>
      )}
    </>
  );
}

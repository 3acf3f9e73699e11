import { useState } from 'react';
import { Link } from 'react-router';
import type { CompareSide } from '../../../core/compare';
import type { Article, CoverageCell } from '../../../core/model';
import { useCoverageMatrix } from '../api/get-coverage-matrix';
import { ArticleHeading } from './article-heading';

const CELL_LOOK: Readonly<Record<CoverageCell['kind'], { icon: string; label: string }>> = {
  same: { icon: '●', label: 'Same' },
  reworded: { icon: '◐', label: 'Reworded' },
  absent: { icon: '○', label: 'Absent' },
};

type Picked = Readonly<{ row: number; col: number }>;

/** The opening words of a fact, from the first article that carries it. */
function factLabel(articles: readonly Article[], cells: readonly CoverageCell[]): string {
  const k = cells.findIndex((c) => c.spans.length > 0);
  const span = cells[k]?.spans[0];
  if (!span) return '';
  const text = articles[k]!.text.slice(span[0], span[1]);
  return text.length > 90 ? `${text.slice(0, 88)}…` : text;
}

/** Three or more articles: facts × articles, each cell saying how (or whether) that outlet carries the fact. */
export function CoverageMatrixView({
  articles,
  sides,
}: {
  articles: readonly Article[];
  sides: readonly CompareSide[];
}) {
  const matrix = useCoverageMatrix(sides);
  const [picked, setPicked] = useState<Picked | null>(null);
  const cell = picked && matrix.data?.rows[picked.row]?.cells[picked.col];

  return (
    <>
      <h1 id="compare-title" className="compare-title">
        Coverage of {articles.length} articles
      </h1>
      {matrix.isPending && <p role="status">Aligning sentences across {articles.length} articles…</p>}
      {matrix.isError && <p role="alert">Could not compare: {String(matrix.error)}</p>}
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
              <tbody>
                {matrix.data.rows.map((row, r) => (
                  <tr key={r}>
                    <th scope="row" className="fact-label">
                      {factLabel(articles, row.cells)}
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
                              aria-label={`${look.label} in ${articles[k]!.source ?? articles[k]!.title}${c.discrepancies ? `, ${c.discrepancies} discrepancies` : ''}: open the sentence`}
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
              <p>
                <Link to={`/articles/${articles[picked.col]!.id}?at=${cell.spans[0]?.[0] ?? 0}`}>
                  Open in the reader
                </Link>
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

import type { Article, CellDiscrepancy } from '../../../core/model';
import { describeDiscrepancy } from '../discrepancy-text';
import { useCreditLine } from '../../../queries/outlets';

/** The discrepancies of the chosen cell, each with this article's words and the other article's. */
export function CellDiscrepancyList({
  found,
  articles,
  mine,
}: {
  found: readonly CellDiscrepancy[];
  articles: readonly Article[];
  mine: number;
}) {
  const creditLine = useCreditLine();
  const outletOf = (a: Article) => creditLine(a) ?? a.title;
  if (found.length === 0) return <p className="muted">No discrepancies with the other versions.</p>;
  return (
    <ul className="cell-discrepancy-list" aria-label="Discrepancies">
      {found.map((d, k) => {
        const { label } = describeDiscrepancy({ ...d, a: d.mine, b: d.theirs, message: '' });
        return (
          <li key={k} className={`cell-discrepancy severity-${d.severity}`}>
            <strong>{label}</strong>: {outletOf(articles[mine]!)}{' '}
            {d.mine ? `“${d.mine.text}”` : 'says nothing'} · {outletOf(articles[d.other]!)}{' '}
            {d.theirs ? `“${d.theirs.text}”` : 'says nothing'}
          </li>
        );
      })}
    </ul>
  );
}

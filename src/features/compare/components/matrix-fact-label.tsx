import type { Article, CoverageCell } from '../../../core/model';

const SHORT = 90;

/** A fact's opening words (from the first article that carries it); the whole sentence opens on demand. */
export function MatrixFactLabel({
  articles,
  cells,
}: {
  articles: readonly Article[];
  cells: readonly CoverageCell[];
}) {
  const k = cells.findIndex((c) => c.spans.length > 0);
  const text = cells[k]?.spans.map(([s, e]) => articles[k]!.text.slice(s, e)).join(' ') ?? '';
  if (text.length <= SHORT) return <>{text}</>;
  return (
    <details className="fact-details">
      <summary>{`${text.slice(0, SHORT - 2)}…`}</summary>
      <p className="fact-full">{text}</p>
    </details>
  );
}

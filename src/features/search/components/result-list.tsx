import { memo, useRef } from 'react';
import { Link } from 'react-router';
import { useWindowRows } from '../../../lib/use-window-rows';
import { useRecordsCreditLine } from '../../../queries/outlets';
import { useResultRow } from '../api/search-articles';

// A result's height before it is measured (title line and a two-line snippet).
const ESTIMATE = 86;

type ItemProps = Readonly<{
  articleId: string;
  query: string;
  /** The outlet as the analyst named it ("Agency via Outlet"); read from the outlet records alone. */
  credit: ReturnType<typeof useRecordsCreditLine>;
}>;

const ResultItem = memo(function ResultItem({ articleId, query, credit }: ItemProps) {
  const row = useResultRow(query, articleId).data;
  if (!row) return <span className="muted">…</span>;
  const { match } = row;
  const snippet = match?.snippet ?? null;
  const to = snippet ? `/articles/${articleId}?at=${snippet.start}` : `/articles/${articleId}`;
  return (
    <>
      <Link to={to}>{row.title}</Link>
      <span className="muted"> {[credit(row), row.date].filter(Boolean).join(' · ')}</span>
      {snippet && (
        <p className="search-snippet">
          {match?.fromNote && <span className="badge">Note</span>}{' '}
          {snippet.parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
        </p>
      )}
    </>
  );
});

/**
 * The results (article ids), best first, of which only those on screen (and a few around) are rendered;
 * each reads its row and snippet from the search worker when it is rendered. The window scrolls.
 */
export function ResultList({ results, query }: { results: readonly string[]; query: string }) {
  const listRef = useRef<HTMLOListElement>(null);
  const credit = useRecordsCreditLine();
  const { virtualizer, scrollMargin: offset } = useWindowRows(listRef, {
    count: results.length,
    estimateSize: () => ESTIMATE,
    overscan: 4,
    getItemKey: (i) => results[i]!,
  });
  return (
    <ol
      ref={listRef}
      className="search-results"
      aria-label="Results"
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            aria-posinset={item.index + 1}
            aria-setsize={results.length}
            className="search-result"
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              transform: `translateY(${item.start - offset}px)`,
            }}
          >
            <ResultItem articleId={results[item.index]!} query={query} credit={credit} />
          </li>
        );
      })}
    </ol>
  );
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { Link } from 'react-router';
import type { ArticleMeta, Tag } from '../../../core/model';
import { toCssColor } from '../../../core/model';
import { sortArticles } from '../sort-articles';
import { useLibraryStore, type SortKey } from '../store';

const ROW_HEIGHT = 44;

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'source', label: 'Source' },
  { key: 'date', label: 'Date' },
  { key: 'wordCount', label: 'Words' },
  { key: 'importedAt', label: 'Imported' },
];

function SortHeader({ column }: { column: (typeof COLUMNS)[number] }) {
  const { sortKey, sortDir, sortBy } = useLibraryStore();
  const active = sortKey === column.key;
  return (
    <div
      role="columnheader"
      className={`cell cell-${column.key}`}
      aria-sort={active ? (sortDir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
        {column.label}
        <span aria-hidden="true">{active ? (sortDir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </div>
  );
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The library list: sortable columns and a virtualized body that stays smooth with 10,000 articles. */
export function ArticleTable({ articles, tags }: { articles: readonly ArticleMeta[]; tags: readonly Tag[] }) {
  const { selected, toggle, setSelected, clearSelection, sortKey, sortDir } = useLibraryStore();
  const rows = useMemo(() => sortArticles(articles, sortKey, sortDir), [articles, sortKey, sortDir]);
  const tagById = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));

  return (
    <div role="table" aria-label="Articles" aria-rowcount={rows.length + 1} className="article-table">
      <div role="rowgroup" className="table-head">
        <div role="row" className="table-row" aria-rowindex={1}>
          <div role="columnheader" className="cell cell-check">
            <input
              type="checkbox"
              aria-label="Select all articles"
              checked={allSelected}
              onChange={() => (allSelected ? clearSelection() : setSelected(rows.map((r) => r.id)))}
            />
          </div>
          {COLUMNS.map((c) => (
            <SortHeader key={c.key} column={c} />
          ))}
          <div role="columnheader" className="cell cell-tags">
            Tags
          </div>
        </div>
      </div>
      <div ref={scrollRef} role="rowgroup" className="table-body">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const a = rows[item.index]!;
            return (
              <div
                key={a.id}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected.has(a.id)}
                className="table-row"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <div role="cell" className="cell cell-check">
                  <input
                    type="checkbox"
                    aria-label={`Select ${a.title}`}
                    checked={selected.has(a.id)}
                    onChange={() => toggle(a.id)}
                  />
                </div>
                <div role="cell" className="cell cell-title">
                  <Link to={`/articles/${a.id}`}>{a.title}</Link>
                </div>
                <div role="cell" className="cell cell-source">
                  {a.source ?? '—'}
                </div>
                <div role="cell" className="cell cell-date">
                  {a.date ?? '—'}
                </div>
                <div role="cell" className="cell cell-wordCount">
                  {a.wordCount.toLocaleString()}
                </div>
                <div role="cell" className="cell cell-importedAt">
                  {dateTime.format(a.importedAt)}
                </div>
                <div role="cell" className="cell cell-tags">
                  {a.tags
                    .map((id) => tagById.get(id))
                    .filter((t) => t !== undefined)
                    .map((t) => (
                      <span key={t.id} className="tag-chip" style={{ borderColor: toCssColor(t.color) }}>
                        {t.name}
                      </span>
                    ))}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

import { useEffect, useMemo, useRef } from 'react';
import { useWindowRows } from '../../../lib/use-window-rows';
import type { ArticleMeta, Tag } from '../../../core/model';
import type { OutletDirectory } from '../../../core/outlets';
import { useLibraryStore, type SortKey } from '../store';
import { ArticleRow, ROW_HEIGHT } from './article-row';

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

/**
 * The library list: sortable columns and a body that renders only the rows on screen (and a few around), at
 * any library size. The page itself scrolls: one scrollbar, and the virtualizer measures the window.
 */
export function ArticleTable({
  rows,
  tags,
  outlets,
  focusRow,
  onRowFocused,
}: {
  /** The articles in the order shown (sorted as the column headers say). */
  rows: readonly ArticleMeta[];
  tags: readonly Tag[];
  /** Outlet names as the analyst renamed and merged them; null shows the raw sources until it is read. */
  outlets: OutletDirectory | null;
  /** The id of the row to move the focus to (scrolled into the rendered rows first); null for none. */
  focusRow: string | null;
  onRowFocused: () => void;
}) {
  const selected = useLibraryStore((s) => s.selected);
  const toggle = useLibraryStore((s) => s.toggle);
  const setSelected = useLibraryStore((s) => s.setSelected);
  const clearSelection = useLibraryStore((s) => s.clearSelection);
  const tagById = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const { virtualizer, scrollMargin } = useWindowRows(bodyRef, {
    count: rows.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => rows[index]!.id,
  });
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  // A row far from the screen is not rendered: bring it in, and it takes the focus as it renders.
  const focusIndex = focusRow === null ? -1 : rows.findIndex((r) => r.id === focusRow);
  useEffect(() => {
    if (focusIndex >= 0) virtualizer.scrollToIndex(focusIndex);
  }, [focusIndex, virtualizer]);

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
      <div
        ref={bodyRef}
        role="rowgroup"
        className="table-body"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const a = rows[item.index]!;
          return (
            <ArticleRow
              key={a.id}
              article={a}
              outlet={outlets ? (outlets.resolve(a.source)?.name ?? null) : a.source}
              index={item.index}
              top={item.start - scrollMargin}
              selected={selected.has(a.id)}
              tagById={tagById}
              onToggle={toggle}
              focusRequested={a.id === focusRow}
              onFocused={onRowFocused}
            />
          );
        })}
      </div>
    </div>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { findOutlet } from '../../../core/outlets';
import { useSearchParamSetter } from '../../../lib/use-search-param-setter';
import { useOutletDirectory } from '../../../queries/outlets';
import { StorageIndicator } from '../../../lib/storage/storage-indicator';
import { articlesQuery } from '../../../queries/articles';
import { useDeleteArticles } from '../api/delete-articles';
import { useArticles, useFirstScreenArticles } from '../api/get-articles';
import { useEntityArticles } from '../../../queries/entity-articles';
import { useTags } from '../api/get-tags';
import '../library-filter.css';
import { rowAfterDelete } from '../row-after-delete';
import { sortArticles } from '../sort-articles';
import { useLibraryStore } from '../store';
import '../library.css';
import { ArticleTable } from './article-table';
import { StoriesPanel } from './stories-panel';
import { TagSelected } from './tag-selected';

/**
 * The library (`/`): every article, sortable, with selection and undoable delete. `toolbarActions` lets the
 * app add buttons from other features (export) given the article count and the selected ids.
 */
export function LibraryPage({
  toolbarActions,
}: {
  toolbarActions?: (total: number, selected: readonly string[]) => ReactNode;
} = {}) {
  const { sortKey, sortDir } = useLibraryStore();
  // Until the whole list is read, the newest articles fill the first screen (in the default order only); the
  // whole list is read after them, so it does not hold up the first screen in the database's queue.
  const defaultOrder = sortKey === 'importedAt' && sortDir === 'desc';
  const listed = useQueryClient().getQueryData(articlesQuery().queryKey) !== undefined;
  const firstScreen = useFirstScreenArticles(!listed && defaultOrder);
  const articles = useArticles(!defaultOrder || listed || !firstScreen.isPending);
  const tags = useTags();
  const remove = useDeleteArticles();
  const { selected, clearSelection, setSelected, showStories, toggleStories } = useLibraryStore();
  const { params, set: setParam } = useSearchParamSetter();
  const entity = params.get('entity');
  const mentioning = useEntityArticles(entity);
  // The outlet's key as the app's links write it, or its name as the analyst reads it (`findOutlet`).
  const outletParam = params.get('outlet');
  const outlets = useOutletDirectory(articles.data ?? firstScreen.data);
  const outlet = outletParam !== null && outlets ? findOutlet(outlets, outletParam) : null;
  const list = useMemo(() => {
    const filtered = entity !== null || outletParam !== null;
    let all = articles.data ?? (defaultOrder && !filtered ? firstScreen.data : undefined) ?? [];
    if (outletParam !== null)
      all = outlets && outlet ? all.filter((a) => outlets.resolve(a.source)?.key === outlet.key) : [];
    if (entity === null) return all;
    const ids = mentioning.data;
    return ids ? all.filter((a) => ids.has(a.id)) : [];
  }, [articles.data, firstScreen.data, defaultOrder, entity, mentioning.data, outletParam, outlet, outlets]);
  const rows = useMemo(() => sortArticles(list, sortKey, sortDir), [list, sortKey, sortDir]);
  // After a delete the focus goes to the row next to the deleted ones, or to the heading when none is left:
  // the button pressed goes with the selection, and the focus would fall back to the start of the page.
  const [focusRow, setFocusRow] = useState<string | null>(null);
  const clearFocusRow = useCallback(() => setFocusRow(null), []);
  const heading = useRef<HTMLHeadingElement>(null);
  const removeFilter = (name: string) => setParam(name, null);
  const outletName = outletParam === null ? null : (outlet?.name ?? outletParam);
  const total = articles.data ? list.length : null;
  // The URL's filters, each shown as a chip that removes it.
  const filterChips = [
    entity !== null && { param: 'entity', text: `Mentions “${entity}”`, name: `mentions ${entity}` },
    outletName !== null && { param: 'outlet', text: `From ${outletName}`, name: `from ${outletName}` },
  ].filter((chip) => chip !== false);

  useEffect(() => {
    document.title = 'Library · Coverage Workbench';
  }, []);

  // Drop ids of articles that no longer exist (deleted here or in another tab).
  useEffect(() => {
    if (!articles.data) return;
    const ids = new Set(articles.data.map((a) => a.id));
    const kept = [...selected].filter((id) => ids.has(id));
    if (kept.length !== selected.size) setSelected(kept);
  }, [articles.data, selected, setSelected]);

  return (
    <main className="page library-page" aria-labelledby="library-title">
      <div className="page-toolbar">
        <h1 id="library-title" ref={heading} tabIndex={-1}>
          Library
        </h1>
        <span className="muted" aria-busy={total === null}>
          {total === null
            ? 'Reading the library…'
            : `${total.toLocaleString()} ${total === 1 ? 'article' : 'articles'}`}
        </span>
        <StorageIndicator />
        {filterChips.map((chip) => (
          <span key={chip.param} className="filter-chip">
            {chip.text}
            <button
              type="button"
              aria-label={`Remove filter: ${chip.name}`}
              onClick={() => removeFilter(chip.param)}
            >
              ×
            </button>
          </span>
        ))}
        {total !== null && total >= 2 && (
          <button type="button" className="button" aria-pressed={showStories} onClick={toggleStories}>
            Stories
          </button>
        )}
        {toolbarActions?.(total ?? 0, [...selected])}
        {selected.size > 0 && (
          <div className="selection-actions" role="group" aria-label="Selected articles">
            <span>{selected.size} selected</span>
            {selected.size >= 2 && (
              <Link
                className="button button-primary"
                to={`/compare?ids=${[...selected].map(encodeURIComponent).join(',')}`}
              >
                Compare selected
              </Link>
            )}
            <TagSelected ids={[...selected]} tags={tags.data ?? []} />
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                const next = rowAfterDelete(rows, selected);
                remove.mutate([...selected]);
                clearSelection();
                if (next === null) heading.current?.focus();
                else setFocusRow(next);
              }}
            >
              Delete selected
            </button>
          </div>
        )}
      </div>
      {articles.isError && <p role="alert">Could not read the library: {String(articles.error)}</p>}
      {showStories && total !== null && total >= 2 && <StoriesPanel articles={list} />}
      {articles.isSuccess && list.length === 0 && entity === null && outletParam === null ? (
        <div className="empty-state">
          <h2>No articles yet</h2>
          <p>
            Drag article files anywhere onto this window, or use <strong>Import files…</strong> or{' '}
            <strong>Paste text…</strong> above. The workbench reads plain text, Markdown, HTML pages and JSON,
            and keeps everything in this browser.
          </p>
        </div>
      ) : (
        <ArticleTable
          rows={rows}
          tags={tags.data ?? []}
          outlets={outlets}
          focusRow={focusRow}
          onRowFocused={clearFocusRow}
        />
      )}
    </main>
  );
}

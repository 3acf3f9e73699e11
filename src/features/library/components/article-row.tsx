import { memo, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { ArticleMeta, Tag } from '../../../core/model';
import { toCssColor } from '../../../core/model';
import { creditLine } from '../../../core/text/credit-line';

/** The height of one row of the library list, in pixels (the virtualizer places rows by it). */
export const ROW_HEIGHT = 44;

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

type Props = Readonly<{
  article: ArticleMeta;
  /** The outlet's name with the analyst's renames and merges applied (the raw source until they are read). */
  outlet: string | null;
  /** Position in the sorted list (0 = first article). */
  index: number;
  /** Offset of the row from the top of the list body, in pixels. */
  top: number;
  selected: boolean;
  tagById: ReadonlyMap<string, Tag>;
  onToggle: (id: string) => void;
  /** The row is to take the focus (on its checkbox), as the one next to rows just deleted. */
  focusRequested: boolean;
  /** Called once the row has taken the focus it was asked to. */
  onFocused: () => void;
}>;

/**
 * One article of the library list. Memoized: a refresh of the list during an import keeps unchanged articles'
 * objects (see `articlesQuery`), so only new or changed rows on screen render again.
 */
export const ArticleRow = memo(function ArticleRow({
  article: a,
  outlet,
  index,
  top,
  selected,
  tagById,
  onToggle,
  focusRequested,
  onFocused,
}: Props) {
  const checkbox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focusRequested) return;
    checkbox.current?.focus();
    onFocused();
  }, [focusRequested, onFocused]);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className="table-row"
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: ROW_HEIGHT,
        transform: `translateY(${top}px)`,
      }}
    >
      <div role="cell" className="cell cell-check">
        <input
          ref={checkbox}
          type="checkbox"
          aria-label={`Select ${a.title}`}
          checked={selected}
          onChange={() => onToggle(a.id)}
        />
      </div>
      <div role="cell" className="cell cell-title">
        <Link to={`/articles/${a.id}`}>{a.title}</Link>
      </div>
      <div role="cell" className="cell cell-source">
        {creditLine({ source: outlet, agency: a.agency }) ?? '—'}
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
});

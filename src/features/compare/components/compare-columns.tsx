import { useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { Analysis, Article } from '../../../core/model';
import type { CompareRow } from '../build-rows';
import { ColumnRow } from './column-row';
import { ArticleHeading } from './article-heading';
import { useSyncedColumns } from './use-synced-columns';

/** What the summary can do to the columns: bring a row into view and focus it. */
export type ColumnsHandle = { focusRow: (row: number) => void };

type Props = {
  articles: readonly [Article, Article];
  analyses: readonly Analysis[];
  rows: readonly CompareRow[];
  ref?: Ref<ColumnsHandle>;
};

const SIDES = ['a', 'b'] as const;

/**
 * The two articles in aligned rows, each in its own scrolling column kept in step with the other. Rows are
 * reached with Tab (one stop per column), then arrow keys: up and down move along, left and right cross over.
 */
export function CompareColumns({ articles, analyses, rows, ref }: Props) {
  const scrollA = useRef<HTMLDivElement>(null);
  const scrollB = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(0);
  const [highlights, setHighlights] = useState(true);
  useSyncedColumns(scrollA, scrollB, `${rows.length}:${highlights}`);

  const rowElement = (side: 'a' | 'b', row: number) =>
    (side === 'a' ? scrollA : scrollB).current?.querySelector<HTMLElement>(`[data-row="${row}"]`);
  const focusRow = (side: 'a' | 'b', row: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, row));
    setCurrent(target);
    const el = rowElement(side, target);
    el?.scrollIntoView({ block: 'nearest' });
    el?.focus({ preventScroll: true });
  };
  useImperativeHandle(ref, () => ({
    focusRow: (row) => {
      setCurrent(row);
      const el = rowElement('a', row);
      el?.scrollIntoView({ block: 'center' });
      el?.focus({ preventScroll: true });
    },
  }));

  const onKeyDown = (side: 'a' | 'b') => (e: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusRow(side, current + 1),
      ArrowUp: () => focusRow(side, current - 1),
      Home: () => focusRow(side, 0),
      End: () => focusRow(side, rows.length - 1),
      ArrowLeft: () => focusRow('a', current),
      ArrowRight: () => focusRow('b', current),
    };
    const move = moves[e.key];
    if (!move || !(e.target as HTMLElement).hasAttribute('data-row')) return;
    e.preventDefault();
    move();
  };

  return (
    <section className="compare-columns-wrap" aria-label="Aligned sentences">
      <div className="compare-options">
        <label>
          <input type="checkbox" checked={highlights} onChange={(e) => setHighlights(e.target.checked)} />{' '}
          Highlight names and claims
        </label>
        <span className="compare-legend muted" aria-hidden="true">
          <del className="diff-removed">removed</del> <ins className="diff-added">added</ins>{' '}
          <mark className="discrepancy-mark">discrepancy</mark>
        </span>
      </div>
      <div className="compare-columns">
        {SIDES.map((side, k) => (
          <div key={side} className={`compare-column compare-column-${side}`}>
            <ArticleHeading article={articles[k]!} label={side.toUpperCase()} />
            <div
              ref={side === 'a' ? scrollA : scrollB}
              className="column-scroll"
              role="list"
              aria-label={`Article ${side.toUpperCase()}: ${articles[k]!.title}`}
              data-testid={`column-${side}`}
              onKeyDown={onKeyDown(side)}
            >
              {rows.map((row, index) => (
                <ColumnRow
                  key={row.key}
                  row={row}
                  index={index}
                  side={side}
                  text={articles[k]!.text}
                  analysis={analyses[k]!}
                  highlights={highlights}
                  tabbable={index === current}
                  onFocusRow={setCurrent}
                />
              ))}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}

import { useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { Analysis, Article } from '../../../core/model';
import { useWindowRows } from '../../../lib/use-window-rows';
import { usePrinting } from '../../../lib/use-printing';
import type { RowAnnotation } from '../also-in';
import type { CompareAnnotations } from '../api/get-compare-annotations';
import type { CompareRow } from '../build-rows';
import { annotationMarks, indexAnalysis, indexMarks } from '../side-marks';
import { ColumnRow } from './column-row';
import { ArticleHeading } from './article-heading';
import { useSyncedColumns } from './use-synced-columns';

/** What the summary can do to the columns: bring a row into view and focus it. */
export type ColumnsHandle = { focusRow: (row: number) => void };

type Props = {
  articles: readonly [Article, Article];
  analyses: readonly Analysis[];
  rows: readonly CompareRow[];
  notes: CompareAnnotations | undefined;
  plan: ReadonlyMap<number, readonly RowAnnotation[]>;
  onCopy: (note: RowAnnotation) => void;
  ref?: Ref<ColumnsHandle>;
};

const NO_NOTES: readonly RowAnnotation[] = [];

const SIDES = ['a', 'b'] as const;

/** Up to this many rows all render (and stay findable by the browser's search); beyond, a screenful does. */
const RENDER_ALL_UP_TO = 150;

/**
 * The two articles in aligned rows, side by side in the page's one scroll (so they move together). Rows are
 * reached with Tab (one stop per column), then arrow keys: up and down move along, left and right cross over.
 * Long comparisons render only the rows near the viewport (both columns the same ones), and each row finds
 * its marks in indexes built once per side, so the work of a screen does not grow with the articles.
 */
export function CompareColumns({ articles, analyses, rows, notes, plan, onCopy, ref }: Props) {
  const scrollA = useRef<HTMLDivElement>(null);
  const scrollB = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(0);
  const [highlights, setHighlights] = useState(true);
  const findings = useMemo(() => analyses.map(indexAnalysis), [analyses]);
  const noteMarks = useMemo(
    () => [indexMarks(annotationMarks(notes?.a ?? [])), indexMarks(annotationMarks(notes?.b ?? []))],
    [notes],
  );
  const printing = usePrinting();
  const { virtualizer, scrollMargin } = useWindowRows(scrollA, {
    count: rows.length,
    estimateSize: () => 80,
    // A printout holds every row.
    overscan: printing || rows.length <= RENDER_ALL_UP_TO ? rows.length : 6,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  // Anything that changes a row's height re-equalizes the rows: which rows render, highlights, notes, offers.
  const offers = [...plan.values()].flat().filter((n) => n.copyTo !== null).length;
  const noteIds = [...(notes?.a ?? []), ...(notes?.b ?? [])].map((n) => n.id).join();
  useSyncedColumns(
    scrollA,
    scrollB,
    `${rows.length}:${first}-${last}:${highlights}:${noteIds}:${offers}`,
    (heights) => heights.forEach((height, index) => virtualizer.resizeItem(index, height)),
  );

  const rowElement = (side: 'a' | 'b', row: number) =>
    (side === 'a' ? scrollA : scrollB).current?.querySelector<HTMLElement>(`[data-row="${row}"]`);
  // A row far away is not rendered yet: scroll the virtualizer to it, then focus it once it is there.
  const bringRow = (side: 'a' | 'b', row: number, align: 'center' | 'auto') => {
    const target = Math.max(0, Math.min(rows.length - 1, row));
    setCurrent(target);
    const show = (tries: number) => {
      const el = rowElement(side, target);
      if (!el) {
        if (tries > 0) requestAnimationFrame(() => show(tries - 1));
        return;
      }
      el.scrollIntoView({ block: align === 'center' ? 'center' : 'nearest' });
      el.focus({ preventScroll: true });
    };
    if (rowElement(side, target)) show(0);
    else {
      virtualizer.scrollToIndex(target, { align });
      requestAnimationFrame(() => show(10));
    }
  };
  const focusRow = (side: 'a' | 'b', row: number) => bringRow(side, row, 'auto');
  useImperativeHandle(ref, () => ({ focusRow: (row) => bringRow('a', row, 'center') }));
  // The column's one tab stop must be a rendered row.
  const tabStop = current >= first && current <= last ? current : first;

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
          {highlights && (
            <>
              {' '}
              <span className="cmp-entity cmp-entity-person">person</span>{' '}
              <span className="cmp-entity cmp-entity-org">organisation</span>{' '}
              <span className="cmp-entity cmp-entity-place">place</span>{' '}
              <span className="cmp-entity cmp-entity-group">group</span>{' '}
              <span className="cmp-claim">claim</span>
            </>
          )}{' '}
          <span className="cmp-annotation">annotation</span>
        </span>
      </div>
      <div className="compare-columns">
        {SIDES.map((side, k) => (
          <div key={side} className={`compare-column compare-column-${side}`}>
            <ArticleHeading article={articles[k]!} label={side.toUpperCase()} />
            <div
              ref={side === 'a' ? scrollA : scrollB}
              className="column-list"
              role="list"
              aria-label={`Article ${side.toUpperCase()}: ${articles[k]!.title}`}
              data-testid={`column-${side}`}
              onKeyDown={onKeyDown(side)}
            >
              <div className="column-rows" style={{ height: virtualizer.getTotalSize() }}>
                <div
                  style={{ transform: `translateY(${(items[0]?.start ?? scrollMargin) - scrollMargin}px)` }}
                >
                  {items.map(({ index }) => (
                    <ColumnRow
                      key={rows[index]!.key}
                      row={rows[index]!}
                      index={index}
                      count={rows.length}
                      side={side}
                      text={articles[k]!.text}
                      findings={highlights ? findings[k]! : null}
                      notes={noteMarks[k]!}
                      labels={notes?.labels}
                      rowNotes={plan.get(index) ?? NO_NOTES}
                      onCopy={onCopy}
                      tabbable={index === tabStop}
                      onFocusRow={setCurrent}
                    />
                  ))}
                </div>
              </div>
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}

import { memo } from 'react';
import type { Label } from '../../../core/model';
import type { RowAnnotation } from '../also-in';
import type { CompareRow } from '../build-rows';
import { describeDiscrepancy } from '../discrepancy-text';
import { marksIn, markDiff, type MarkIndex, type SideMark } from '../side-marks';
import { MarkedText } from './marked-text';

type Props = {
  row: CompareRow;
  index: number;
  side: 'a' | 'b';
  /** How many rows the column has (rows are virtualized: only some are in the DOM). */
  count: number;
  text: string;
  /** This side's entity and claim marks, or null when highlights are off. */
  findings: readonly MarkIndex[] | null;
  notes: MarkIndex;
  labels: readonly Label[] | undefined;
  rowNotes: readonly RowAnnotation[];
  onCopy: (note: RowAnnotation) => void;
  tabbable: boolean;
  onFocusRow: (row: number) => void;
};

function badgeOf(row: CompareRow): { label: string; icon: string } {
  if (row.kind === 'onlyA') return { label: 'Only in A', icon: '◧' };
  if (row.kind === 'onlyB') return { label: 'Only in B', icon: '◨' };
  const kind = row.pair.kind === 'same' ? { label: 'Same', icon: '=' } : { label: 'Reworded', icon: '≈' };
  return row.pair.moved ? { label: `${kind.label}, moved`, icon: `${kind.icon}↕` } : kind;
}

function marksOf(row: CompareRow & { kind: 'pair' }, side: 'a' | 'b', text: string): SideMark[] {
  const marks = markDiff(row.pair, side, text);
  row.pair.discrepancies.forEach((d, k) => {
    const words = d[side];
    if (words)
      marks.push({
        id: `d${k}`,
        start: words.start,
        end: words.end,
        kind: 'discrepancy',
        className: `discrepancy-mark severity-${d.severity}`,
        data: { title: d.message },
      });
  });
  return marks;
}

/** One row of one column: that side's sentence with its marks, or an empty slot when only the other side has it. */
export const ColumnRow = memo(function ColumnRow(props: Props) {
  const { row, index, count, side, text, findings, notes, tabbable, onFocusRow } = props;
  const { labels, rowNotes, onCopy } = props;
  const badge = badgeOf(row);
  const span =
    row.kind === 'pair' ? row.pair[side] : row.kind === (side === 'a' ? 'onlyA' : 'onlyB') ? row.span : null;
  const marks = span
    ? [
        ...(row.kind === 'pair' ? marksOf(row, side, text) : []),
        ...(findings ? findings.flatMap((index) => marksIn(index, span[0], span[1])) : []),
        ...marksIn(notes, span[0], span[1]),
      ]
    : [];
  const discrepancies = row.kind === 'pair' ? row.pair.discrepancies : [];
  const other = side === 'a' ? 'B' : 'A';
  const mine = rowNotes.filter((n) => n.side === side);
  const labelName = (id: string | null) => labels?.find((l) => l.id === id)?.name;

  return (
    <div
      role="listitem"
      id={side === 'a' ? `compare-row-${index}` : `compare-row-${index}-b`}
      data-row={index}
      aria-posinset={index + 1}
      aria-setsize={count}
      data-kind={row.kind === 'pair' ? row.pair.kind : span ? 'only' : 'absent'}
      className={`compare-row row-${row.kind}${row.kind === 'pair' && row.pair.moved ? ' row-moved' : ''}${span ? '' : ' row-empty'}`}
      tabIndex={tabbable ? 0 : -1}
      onFocus={() => onFocusRow(index)}
    >
      <span className="row-badge">
        <span aria-hidden="true">{badge.icon}</span> {badge.label}
      </span>
      {span ? (
        <p className="row-text">
          <MarkedText text={text} from={span[0]} to={span[1]} marks={marks} />
        </p>
      ) : (
        <p className="row-text row-absent">Not in {side.toUpperCase()}</p>
      )}
      {discrepancies.length > 0 && (
        <ul className="row-discrepancies" aria-hidden={side === 'b' ? true : undefined}>
          {discrepancies.map((d, k) => {
            const t = describeDiscrepancy(d);
            return (
              <li key={k} className={`severity-${d.severity}`}>
                <span aria-hidden="true">{d.severity === 'conflict' ? '⚠' : '△'}</span> {t.label}: A {t.a} · B{' '}
                {t.b}
              </li>
            );
          })}
        </ul>
      )}
      {mine.length > 0 && (
        <ul className="row-notes" aria-label="Annotations">
          {mine.map((n) => (
            <li key={n.annotation.id}>
              <span aria-hidden="true">✎</span>{' '}
              {labelName(n.annotation.label) && <strong>{labelName(n.annotation.label)}: </strong>}
              {n.annotation.note || <em>“{n.annotation.target.quote.exact}”</em>}{' '}
              {n.copyTo ? (
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Also in ${other}: annotate the aligned sentence of article ${other} the same way`}
                  onClick={(e) => {
                    // The button gives way to "(also in B)" once copied: the focus stays in its row, not lost.
                    e.currentTarget.closest<HTMLElement>('.compare-row')?.focus();
                    onCopy(n);
                  }}
                >
                  Also in {other}
                </button>
              ) : (
                <span className="muted">(also in {other})</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});

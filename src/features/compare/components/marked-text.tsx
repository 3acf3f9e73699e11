import { cutMarked, type SideMark } from '../side-marks';

/**
 * `text[from, to)` with its marks painted: removed words as <del>, added words as <ins> (colour plus strike or
 * underline), discrepancy words as <mark>, entities and claims as classed spans.
 */
export function MarkedText({
  text,
  from,
  to,
  marks,
}: {
  text: string;
  from: number;
  to: number;
  marks: readonly SideMark[];
}) {
  return (
    <>
      {cutMarked(marks, from, to).map((piece) => {
        const words = text.slice(piece.start, piece.end);
        if (piece.marks.length === 0) return <span key={piece.start}>{words}</span>;
        const other = piece.marks.filter((m) => m.kind !== 'removed' && m.kind !== 'added');
        const title = other.find((m) => m.title)?.title;
        const discrepancy = other.some((m) => m.kind === 'discrepancy');
        const cls = other.map((m) => m.className).join(' ');
        let inner = discrepancy ? (
          <mark className={cls} title={title}>
            {words}
          </mark>
        ) : (
          <span className={cls || undefined} title={title}>
            {words}
          </span>
        );
        if (piece.marks.some((m) => m.kind === 'removed'))
          inner = <del className="diff-removed">{inner}</del>;
        else if (piece.marks.some((m) => m.kind === 'added'))
          inner = <ins className="diff-added">{inner}</ins>;
        return <span key={piece.start}>{inner}</span>;
      })}
    </>
  );
}

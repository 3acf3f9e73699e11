import { diffWords } from 'diff';
import type { DiffSegment } from '../model';

/** A diff segment with where it sits in each text (absolute offsets; -1 on the side it is absent from). */
export type LocatedSegment = DiffSegment &
  Readonly<{ aStart: number; aEnd: number; bStart: number; bEnd: number }>;

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

// diffWords reports common text as the B string's copy, whitespace included, so each side is re-found by
// its non-space characters instead of by length.
function locate(text: string, from: number, value: string): [number, number, number] {
  let pos = from;
  let start = -1;
  for (const c of value) {
    if (isSpace(c)) continue;
    while (pos < text.length && isSpace(text[pos])) pos++;
    if (start < 0) start = pos;
    if (pos < text.length) pos++;
  }
  return start < 0 ? [from, from, from] : [start, pos, pos];
}

/**
 * Diffs `a.slice(aSpan)` against `b.slice(bSpan)` word by word and returns segments that know their
 * offsets in both texts, so a discrepancy found in the diff can point at its words.
 */
export function diffLocated(
  a: string,
  aSpan: readonly [number, number],
  b: string,
  bSpan: readonly [number, number],
): LocatedSegment[] {
  const changes = diffWords(a.slice(aSpan[0], aSpan[1]), b.slice(bSpan[0], bSpan[1]));
  let pa = aSpan[0];
  let pb = bSpan[0];
  const out: LocatedSegment[] = [];
  for (const c of changes) {
    const kind = c.added ? 'added' : c.removed ? 'removed' : 'equal';
    let aStart = -1;
    let aEnd = -1;
    let bStart = -1;
    let bEnd = -1;
    if (kind !== 'added') [aStart, aEnd, pa] = locate(a, pa, c.value);
    if (kind !== 'removed') [bStart, bEnd, pb] = locate(b, pb, c.value);
    out.push({ kind, text: c.value, aStart, aEnd, bStart, bEnd });
  }
  return out;
}

/** Drops the offsets: the plain `{kind, text}` segments a Comparison stores. */
export function toPlainDiff(segments: readonly LocatedSegment[]): DiffSegment[] {
  return segments.map((s) => ({ kind: s.kind, text: s.text }));
}

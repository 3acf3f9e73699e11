/**
 * The edit distance of `term` and `other` when it is at most `max`, else `max + 1`, given up as soon as no cell
 * of a row is within `max`. `prev` and `row` are scratch rows of at least `term.length + 1`: a caller comparing
 * one term with many (a fuzzy lookup over every term of an index) passes its own, made once.
 */
export function boundedDistance(
  term: string,
  other: string,
  max: number,
  prev = new Int32Array(term.length + 1),
  row = new Int32Array(term.length + 1),
): number {
  if (Math.abs(term.length - other.length) > max) return max + 1;
  for (let j = 0; j <= term.length; j++) prev[j] = j;
  for (let i = 1; i <= other.length; i++) {
    row[0] = i;
    let best = i;
    const c = other.charCodeAt(i - 1);
    for (let j = 1; j <= term.length; j++) {
      const value = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (term.charCodeAt(j - 1) === c ? 0 : 1),
      );
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prev.set(row);
  }
  return prev[term.length]!;
}

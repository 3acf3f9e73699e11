/**
 * Binary search: the first index in [0, length) where `isBefore` is false, for an `isBefore` that holds for
 * a prefix of the indexes and for none after it; `length` when it holds for all.
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Disjoint sets over 0..size-1 with path halving; `find` returns a set's representative. */
export function createUnionFind(size: number): {
  find: (x: number) => number;
  union: (x: number, y: number) => void;
} {
  const parent = Int32Array.from({ length: size }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const union = (x: number, y: number) => {
    const [rx, ry] = [find(x), find(y)];
    // The smaller index stays the root, so a set's root is its first member.
    if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry);
  };
  return { find, union };
}

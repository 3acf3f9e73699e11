import { buildDocVectors, cosineOf } from './story-vectors';
import { createUnionFind } from './union-find';
import { collectContentStems } from './words';

/**
 * The baseline story grouping is measured against: plain TF-IDF cosine of content words over all pairs,
 * joined when at or above `threshold` (no names, figures or dates; quadratic, for evaluation only).
 */
export function groupByCosine(
  docs: ReadonlyArray<Readonly<{ id: string; text: string }>>,
  threshold: number,
): string[][] {
  const { vectors } = buildDocVectors(
    docs.map((d) => ({ words: collectContentStems(d.text), names: [], numbers: [] })),
  );
  const uf = createUnionFind(docs.length);
  for (let x = 0; x < docs.length; x++)
    for (let y = x + 1; y < docs.length; y++)
      if (cosineOf(vectors[x]!, vectors[y]!) >= threshold) uf.union(x, y);
  const groups = new Map<number, string[]>();
  docs.forEach((d, k) => groups.set(uf.find(k), [...(groups.get(uf.find(k)) ?? []), d.id]));
  return [...groups.values()];
}

/** Pairwise counts of a grouping against gold labels: pairs put together that share a label, and so on. */
export function countGroupPairs(
  groups: readonly (readonly string[])[],
  labelOf: (id: string) => string,
): { tp: number; fp: number; fn: number } {
  const groupOf = new Map<string, number>();
  groups.forEach((g, k) => g.forEach((id) => groupOf.set(id, k)));
  const ids = [...groupOf.keys()];
  let [tp, fp, fn] = [0, 0, 0];
  for (let x = 0; x < ids.length; x++)
    for (let y = x + 1; y < ids.length; y++) {
      const together = groupOf.get(ids[x]!) === groupOf.get(ids[y]!);
      const same = labelOf(ids[x]!) === labelOf(ids[y]!);
      if (together && same) tp++;
      else if (together) fp++;
      else if (same) fn++;
    }
  return { tp, fp, fn };
}

import type { ArticleMeta } from '../core/model';

function sameMeta(a: ArticleMeta, b: ArticleMeta): boolean {
  for (const key of Object.keys(b) as (keyof ArticleMeta)[]) {
    if (key === 'tags') {
      if (a.tags.length !== b.tags.length || a.tags.some((t, i) => t !== b.tags[i])) return false;
    } else if (a[key] !== b[key]) return false;
  }
  return Object.keys(a).length === Object.keys(b).length;
}

/**
 * `next` with each article that did not change since `previous` replaced by its previous object, matched by
 * id (a refresh during an import puts new articles first, so positions shift). Memoized rows then skip
 * every article but the new and changed ones. Returns `previous` itself when nothing changed.
 */
export function keepUnchanged(
  previous: readonly ArticleMeta[] | undefined,
  next: readonly ArticleMeta[],
): readonly ArticleMeta[] {
  if (!previous) return next;
  const before = new Map(previous.map((a) => [a.id, a]));
  let changed = previous.length !== next.length;
  const merged = next.map((a, i) => {
    const old = before.get(a.id);
    const kept = old && sameMeta(old, a) ? old : a;
    if (kept !== previous[i]) changed = true;
    return kept;
  });
  return changed ? merged : previous;
}

import type { Correction } from '../model';

/**
 * A lookup of the corrections that hold in each article, for passes over the whole library: an article's
 * own and every library-wide one (whichever article it was made in), oldest first.
 */
export function correctionsByArticle(
  corrections: readonly Correction[],
): (articleId: string) => Correction[] {
  const own = new Map<string, Correction[]>();
  const wide: Correction[] = [];
  for (const c of corrections) {
    if (c.scope === 'library') wide.push(c);
    else {
      const list = own.get(c.articleId);
      if (list) list.push(c);
      else own.set(c.articleId, [c]);
    }
  }
  return (articleId) => {
    const list = own.get(articleId);
    if (!list) return wide;
    return wide.length === 0 ? list : [...list, ...wide].sort((a, b) => a.createdAt - b.createdAt);
  };
}

import type { ArticleMeta } from '../../core/model';
import type { SortDir, SortKey } from './store';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A sorted copy of the list; articles without the sort field (no date, no source) always go last. */
export function sortArticles(articles: readonly ArticleMeta[], key: SortKey, dir: SortDir): ArticleMeta[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...articles].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order;
  });
}

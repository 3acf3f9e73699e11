import type { OutletRecord } from '../model';
import { finalOutletKey } from './outlet-directory';
import { cleanOutletName, outletKey } from './outlet-key';

/**
 * Outlet names from the analyst's outlet records alone, for views that must not read every article's
 * metadata (search over a large library): the records are a handful, the articles thousands.
 */
export type OutletNamer = Readonly<{
  /** The key of the outlet a raw source shows as, after merges; "" when the source names no outlet. */
  keyOf: (source: string | null) => string;
  /**
   * The name to show for a raw source: the analyst's name for its outlet (or the outlet it was merged into),
   * else the source's own spelling without a copyright line or handle mark; null without a source.
   */
  nameOf: (source: string | null) => string | null;
}>;

/**
 * Builds a namer over the outlet records. It agrees with `buildOutletDirectory` on every renamed or merged
 * outlet (a merge names its target, see `mergeOutlets`); an outlet the analyst never touched shows as the
 * article spells it, since choosing among its spellings needs every article.
 */
export function buildOutletNamer(records: readonly OutletRecord[]): OutletNamer {
  const byKey = new Map(records.map((r) => [r.key, r]));
  // Per distinct source, computed once: a library repeats a few hundred spellings over thousands of articles.
  const keys = new Map<string, string>();
  const keyOf = (source: string | null): string => {
    if (source === null) return '';
    let key = keys.get(source);
    if (key === undefined) {
      const own = outletKey(source);
      key = own === '' ? '' : finalOutletKey(own, byKey);
      keys.set(source, key);
    }
    return key;
  };
  return {
    keyOf,
    nameOf: (source) => {
      if (source === null) return null;
      const key = keyOf(source);
      if (key === '') return source;
      return byKey.get(key)?.name ?? cleanOutletName(source);
    },
  };
}

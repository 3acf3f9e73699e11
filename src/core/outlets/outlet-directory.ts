import type { OutletRecord } from '../model';
import { cleanOutletName, looksLikeName, outletKey } from './outlet-key';

/** One outlet as the workbench shows it: its key, display name and the spellings articles use for it. */
export type Outlet = Readonly<{ key: string; name: string; spellings: readonly string[] }>;

/** Every outlet of a set of articles, with the analyst's renames and merges applied. */
export type OutletDirectory = Readonly<{
  /** The outlet an article's raw source belongs to; null for an article without a source. */
  resolve: (source: string | null) => Outlet | null;
  /** Outlets by key, each merged outlet under the key it was merged into. */
  outlets: ReadonlyMap<string, Outlet>;
}>;

/** Where `key` ends after following merges; a merge cycle (a corrupt record) stops where it repeats. */
export function finalOutletKey(key: string, records: ReadonlyMap<string, OutletRecord>): string {
  const seen = new Set<string>();
  let at = key;
  for (;;) {
    seen.add(at);
    const next = records.get(at)?.mergedInto;
    if (next === null || next === undefined || seen.has(next)) return at;
    at = next;
  }
}

/** The spelling to show for an outlet: a name over a handle or domain, then the most used, then A–Z. */
function pickName(counts: ReadonlyMap<string, number>): string {
  return [...counts.entries()].sort(
    ([a, na], [b, nb]) =>
      Number(looksLikeName(b)) - Number(looksLikeName(a)) || nb - na || a.localeCompare(b),
  )[0]![0];
}

/**
 * Builds the outlets of the given raw sources: spellings with one key are one outlet, shown by its best
 * spelling unless the analyst renamed it; an outlet merged into another resolves to that one (with its
 * spellings). Records naming outlets no article has still apply when such an article comes.
 */
export function buildOutletDirectory(
  sources: Iterable<string | null>,
  records: readonly OutletRecord[],
): OutletDirectory {
  const byKey = new Map(records.map((r) => [r.key, r]));
  // Spellings by the outlet they resolve to, and by their own key: a merged outlet is named by its own.
  const spellings = new Map<string, Map<string, number>>();
  const ownSpellings = new Map<string, Map<string, number>>();
  // Per distinct source, computed once: a library repeats a few hundred spellings over thousands of articles.
  const keyOfSource = new Map<string, readonly [own: string, final: string, name: string]>();
  for (const source of sources) {
    if (source === null) continue;
    let keys = keyOfSource.get(source);
    if (keys === undefined) {
      const own = outletKey(source);
      keys = [own, own === '' ? '' : finalOutletKey(own, byKey), cleanOutletName(source)];
      keyOfSource.set(source, keys);
    }
    if (keys[0] === '') continue;
    bump(spellings, keys[1], keys[2]);
    bump(ownSpellings, keys[0], keys[2]);
  }
  const outlets = new Map<string, Outlet>();
  for (const [key, counts] of spellings) {
    const name = byKey.get(key)?.name ?? pickName(ownSpellings.get(key) ?? counts);
    outlets.set(key, { key, name, spellings: [...counts.keys()].sort() });
  }
  return {
    outlets,
    resolve: (source) => {
      if (source === null) return null;
      const key = keyOfSource.get(source)?.[1] ?? finalOutletKey(outletKey(source), byKey);
      return outlets.get(key) ?? null;
    },
  };
}

function bump(spellings: Map<string, Map<string, number>>, key: string, name: string): void {
  let counts = spellings.get(key);
  if (!counts) spellings.set(key, (counts = new Map()));
  counts.set(name, (counts.get(name) ?? 0) + 1);
}

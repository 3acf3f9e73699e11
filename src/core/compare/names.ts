import { COUNTRY_OF_DEMONYM } from '../analysis/lexicon/places';
import { boundedDistance } from '../text/edit-distance';
import { remembered } from './remembered';
import { stemWord } from './words';

// Spellings of one name that news copy mixes freely, even within one story ("US" in the headline, "the
// United States" in the text): each becomes the full name before names are compared. Abbreviations match in
// capitals only, so the word "us" stays a word.
const ALIASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}.])(?:U\.S\.A\.|U\.S\.|USA|US)(?![\p{L}])/gu, 'United States'],
  [/\bUnited States of America\b/gi, 'United States'],
  [/(?<![\p{L}.])(?:U\.K\.|UK)(?![\p{L}])/gu, 'United Kingdom'],
  [/(?<![\p{L}.])(?:U\.N\.|UN)(?![\p{L}])/gu, 'United Nations'],
  [/(?<![\p{L}.])(?:E\.U\.|EU)(?![\p{L}])/gu, 'European Union'],
];

/** `text` with each abbreviation of a name spelled out ("U.S." → "United States"), case kept. */
export function spellOutAliases(text: string): string {
  let out = text;
  for (const [alias, full] of ALIASES) out = out.replace(alias, full);
  return out;
}

// A library, or one long article, repeats its names thousands of times and a key runs five replacements:
// each spelling is folded once.
/**
 * A name as compared across articles: a country for its people ("Chilean" → "Chile": one version writes
 * "Chile's mining minister", another "the Chilean Red Cross"), abbreviations spelled out, lower case, spaces
 * single.
 */
export const nameKey: (name: string) => string = remembered(100_000, (name) =>
  spellOutAliases(COUNTRY_OF_DEMONYM.get(name.trim()) ?? name)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim(),
);

/** The stemmed words of a name's key (shared: alignment asks for the same names pair after pair). */
export const nameTokens: (name: string) => ReadonlySet<string> = remembered(
  100_000,
  (name) => new Set((nameKey(name).match(/\p{L}+/gu) ?? []).map(stemWord)),
);

/** Whether two names share at least half their (stemmed) words: "US Department of Homeland Security" and
 * "United States Department of Homeland Security", "pro-Catalan" and "pro-Catalonia". */
export function isNearName(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return shared > 0 && shared / (x.size + y.size - shared) >= 0.5;
}

/** Names of `names` that `other` does not mention, by key or as a near name; first spelling of each key. */
export function namesMissingFrom(names: readonly string[], other: readonly string[]): string[] {
  const otherKeys = new Set(other.map(nameKey));
  const otherTokens = other.map(nameTokens);
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = nameKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    if (otherKeys.has(key)) return false;
    const tokens = nameTokens(name);
    return !otherTokens.some((t) => isNearName(tokens, t));
  });
}

/**
 * Whether two names are one name spelled two ways: as many words, each the same or a word of four letters or
 * more with its first letter and at most two letters changed ("Marta Kowalczyk" / "Marta Kowalczik", "Mohammed"
 * / "Muhammad"); "Kowalczyk" beside "Marta Kowalczyk" is a short form, not another spelling.
 */
export function isSpellingVariant(x: string, y: string): boolean {
  const xs = x.toLowerCase().split(/\s+/);
  const ys = y.toLowerCase().split(/\s+/);
  if (xs.length !== ys.length) return false;
  let changed = false;
  for (let i = 0; i < xs.length; i++) {
    const [a, b] = [xs[i]!, ys[i]!];
    if (a === b) continue;
    if (a.length < 4 || b.length < 4 || a[0] !== b[0] || boundedDistance(a, b, 2) > 2) return false;
    changed = true;
  }
  return changed;
}

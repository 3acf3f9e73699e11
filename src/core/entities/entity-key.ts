import { CORPORATE_SUFFIXES } from '../analysis/lexicon/corporate-suffixes';
import { nameKey } from '../compare/names';
import type { EntityType } from '../model';

/** Words an acronym skips when it is formed from a name: "Bank of Ostra" is BO. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(
  'of for and the de del der des du la le on in at to &'.split(' '),
);

/** Whether a spelling is written as an acronym: "EDS", "U.N.", "AT&T". */
export function isAcronymSpelling(name: string): boolean {
  return /^[A-Z](?:\.?[A-Z&]){1,7}\.?$/.test(name);
}

/**
 * The key two spellings of one named entity share across articles: abbreviations of well-known places and
 * bodies spelled out ("U.S." is "united states"), lower case, accents, dots and commas dropped, a leading
 * "the" dropped, a company's legal form ("Corp.", "Inc", "S.A.") dropped; for people single initials
 * dropped ("Dana K. Orr" is "dana orr").
 */
export function entityKey(type: EntityType, name: string): string {
  const key = nameKey(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // Dotted initials read as one word: "e.d.s." is "eds".
    .replace(/(?<![\p{L}])(\p{L})\.(?=\p{L}\.)/gu, '$1')
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
  let words = key.split(' ');
  // A legal form is not part of which company it is. Only stripped after another word, so a company called
  // "Company" keeps its name; whatever the mention's type, since a name ending so is a company even mistyped.
  while (words.length > 1 && CORPORATE_SUFFIXES.has(words.at(-1)!)) words.pop();
  if (type === 'PERSON' && words.length > 2) words = words.filter((w, i) => i === 0 || w.length > 1);
  return words.join(' ');
}

/** The initials of a multi-word name's key, connectors left out ("electronic data systems" → "eds"). */
export function initialsOf(key: string): string | null {
  const words = key.split(' ').filter((w) => !NAME_CONNECTORS.has(w));
  if (words.length < 2) return null;
  return words.map((w) => w[0]).join('');
}

import { FAMILY_FIRST } from './lexicon/family-first';

// What a person's name goes by alone: the surname, an Arabic family name without its article, a family name
// that comes first.

// A capitalised word of three letters or more: a surname worth finding alone later in the text.
const SURNAME = /^\p{Lu}\p{Ll}{2,}/u;
/** A capitalised word of three letters or more, as names are. */
export const SURNAME_SHAPE = SURNAME;
// The Arabic article glued to a family name ("al-Sisi", "el-Baradei", "ash-Shara").
const ARTICLES = 'al|el|ad|ar|as|ash|at|az|an';
/** " al-Sisi" right after "Abdel Fattah": the family name and its article belong to the person. */
export const ARTICLE_NAME = new RegExp(`^ (?:${ARTICLES})-\\p{Lu}[\\p{L}'’]+`, 'u');
const ARTICLE_SURNAME = new RegExp(`^(?:${ARTICLES})-(\\p{Lu}[\\p{L}'’]+)$`, 'u');
/** "Al-Sisi": the article capitalised, as a sentence opens with it. */
export const ARTICLE_FIRST = new RegExp(`^(?:${ARTICLES})-\\p{Lu}`, 'iu');

/** The forms a person's last name goes by alone: "Morrow"; "Sisi", "Al-Sisi", "al-Sisi" for "al-Sisi"; none for "de". */
export function surnameForms(last: string): string[] {
  const article = ARTICLE_SURNAME.exec(last);
  if (article) return [article[1]!, last[0]!.toUpperCase() + last.slice(1), last];
  return SURNAME.test(last) ? [last] : [];
}

/**
 * The family name that opens an East Asian name of two or three words ("Xi Jinping", "Kim Jong Un"), or that
 * follows an English given name in Singaporean and Malaysian style ("Grace Lim Hui Ling" is "Ms Lim"); or null.
 */
export function familyFirst(surface: string): string | null {
  const space = surface.indexOf(' ');
  if (space < 0) return null;
  const first = surface.slice(0, space);
  const second = surface.indexOf(' ', space + 1);
  const words = second < 0 ? 2 : surface.indexOf(' ', second + 1) < 0 ? 3 : surface.split(' ').length;
  if (FAMILY_FIRST.has(first)) return words <= 3 ? first : null;
  const family = second < 0 ? '' : surface.slice(space + 1, second);
  return words === 4 && FAMILY_FIRST.has(family) ? family : null;
}

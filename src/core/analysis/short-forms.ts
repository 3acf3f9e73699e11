// Short forms an organisation's name defines in brackets ("the Internal Revenue Service (IRS)"): the name found
// whole before them, and their mentions wherever the text uses them.
import { STOCK_EXCHANGES, ORG_CUES } from './lexicon/words';
import { TITLES } from './lexicon/titles';
import type { NameSpan } from './name-spans';
import type { Token } from './tokens';
import { tokensOutsideNames } from './tokens-outside-names';

// "(NFA)", "(Africa CDC)", or a stock ticker with its exchange: "(NYSE:VNT)".
export const ACRONYM_DEFINED = new RegExp(
  `^ ?\\((?:(?:${STOCK_EXCHANGES})\\s?:\\s?)?([A-Z][A-Za-z&]{1,7}|[A-Z][a-z]+ [A-Z]{2,6})\\)`,
);
export const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

// Abbreviations of what economies and markets measure or trade, which the model took for organisations
// ("GDP grew 2.1%", "the VAT rate", "the ETF tracks"): no names.
export const MEASURES: ReadonlySet<string> = new Set(
  'GDP GNI CPI PPI PMI HICP VAT GST EPS ETF ETFs IPO IPOs NAV FDI ROI ROE EBIT EBITDA YoY QoQ'.split(' '),
);

const ARTICLE_WORD = /^(?:The|A|An) /;
const ACRONYM_AFTER = /^ \(([A-Z]{2,8})\)/;
const NAME_WORD = /\p{Lu}[\p{L}'’-]*/gu;
/** The initials of the capitalised words of `surface`, as a short form spells them ("Internal Revenue Service" → "IRS"). */
const initialsOf = (surface: string) => (surface.match(NAME_WORD) ?? []).map((w) => w[0]!).join('');
// A capitalised word at the end (hyphened parts each count: "Directorate-General" is DG), perhaps with "and",
// "of", "&" or a comma after it: "Economic and " before "Financial", "Budget, " before "Accounting".
const WORD_BEFORE = /(\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*)(?:,| (?:and|of|&))? $/u;
// "Member of Parliament (MP)", "Fellow of the British Academy (FBA)": an office or an honour, not an
// organisation's first word.
const OFFICE_WORDS: ReadonlySet<string> = new Set(['Member', 'Members', 'Fellow', 'Fellows']);
const isOffice = (word: string) => TITLES.has(word) || OFFICE_WORDS.has(word);

/**
 * An organisation the model found without its first words, which the short form it defines spells: "the
 * Economic and Financial Crimes Commission (EFCC)" had been "Financial Crimes Commission", "the National
 * Disaster Response Force (NDRF)" "Disaster Response Force", "the Directorate-General of Budget, Accounting and
 * Statistics (DGBAS)" two organisations. Only when every missing letter is the initial of a capitalised word
 * right before it; names the model found inside those words give way.
 */
export function wholeByAcronym(text: string, names: readonly NameSpan[]): readonly NameSpan[] {
  if (!text.includes(' (')) return names;
  let out: (NameSpan | null)[] | null = null;
  names.forEach((n, i) => {
    if (n.type !== 'ORG' || text.charCodeAt(n.end) !== 32) return;
    const acronym = ACRONYM_AFTER.exec(text.slice(n.end, n.end + 12))?.[1];
    if (!acronym) return;
    const initials = initialsOf(text.slice(n.start, n.end));
    let missing = acronym.length - initials.length;
    if (missing < 1 || missing > 4 || !acronym.endsWith(initials)) return;
    let start = n.start;
    while (missing > 0) {
      const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 48), start));
      const letters = word?.[1]!
        .split('-')
        .map((part) => part[0])
        .join('');
      if (!word || !letters || letters.length > missing || isOffice(word[1]!) || word[1] === 'The') return;
      if (acronym.slice(missing - letters.length, missing) !== letters) return;
      missing -= letters.length;
      start -= word[0].length;
    }
    // Names inside the words taken in give way; one running on before them stops it.
    let j = i - 1;
    while (j >= 0 && names[j]!.end > start) if (names[j--]!.start < start) return;
    out ??= names.slice();
    for (let k = j + 1; k < i; k++) out[k] = null;
    out[i] = { ...n, start };
  });
  return out ? (out as (NameSpan | null)[]).filter((n): n is NameSpan => n !== null) : names;
}

// A capitalised word before a name, joined to it by nothing, a comma or a function word: "Meteorology, " before
// "Climatology", "Group for the " before "Support".
const RUN_WORD_BEFORE =
  /(\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*)(?:,|,? and|,? of|,? for|,? of the|,? for the|,? on the|,? to the)? $/u;
const MAX_RUN_WORDS = 8;

/** The capitalised words of `surface`, as the initials of a short form count them. */
const capitalisedWords = (surface: string) => surface.match(NAME_WORD)?.length ?? 0;
const POSSESSIVE_END = /['’]s$/;

/**
 * A name in pieces right before the short form it defines, when the short form spells other words (a name
 * translated: "the Meteorology, Climatology and Geophysics Agency (BMKG)", "the Group for the Support of Islam
 * and Muslims (JNIM)"): one organisation, when a piece is one or its last word is an organisation's head. The
 * words taken in stop once they are as many as the short form's letters ("Bagus Setiadi of the National Research
 * and Innovation Agency (BRIN)" keeps the person), never a person's name nor a possessive ("the UK's").
 */
export function wholeBeforeAcronym(text: string, names: readonly NameSpan[]): readonly NameSpan[] {
  if (!text.includes(' (')) return names;
  let out: (NameSpan | null)[] | null = null;
  names.forEach((n, i) => {
    if (text.charCodeAt(n.end) !== 32) return;
    const acronym = ACRONYM_AFTER.exec(text.slice(n.end, n.end + 12))?.[1];
    if (!acronym || MEASURES.has(acronym)) return;
    let count = capitalisedWords(text.slice(n.start, n.end));
    let start = n.start;
    for (let k = 0; k < MAX_RUN_WORDS && count < acronym.length; k++) {
      const before = RUN_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      const word = before?.[1];
      if (!word || isOffice(word) || ARTICLE_WORD.test(`${word} `) || POSSESSIVE_END.test(word)) break;
      start -= before[0].length;
      count += capitalisedWords(word);
    }
    if (start === n.start || count < acronym.length - 1) return;
    // A piece running on before the words taken in ("Philippine Atmospheric, Geophysical and Weather Bureau
    // (PAWB)") is taken whole, if the count still fits.
    let j = i - 1;
    while (j >= 0 && names[j]!.end > start) {
      const piece = names[j--]!;
      if (piece.start >= start) continue;
      if (count + capitalisedWords(text.slice(piece.start, start)) > acronym.length + 1) return;
      start = piece.start;
    }
    const pieces = names.slice(j + 1, i + 1);
    if (pieces.some((p) => p.type === 'PERSON')) return;
    const last = text.slice(text.lastIndexOf(' ', n.end - 1) + 1, n.end);
    if (!pieces.some((p) => p.type === 'ORG') && !ORG_CUES.has(last)) return;
    out ??= names.slice();
    for (let k = j + 1; k < i; k++) out[k] = null;
    out[i] = { start, end: n.end, type: 'ORG' };
  });
  return out ? (out as (NameSpan | null)[]).filter((n): n is NameSpan => n !== null) : names;
}

const OFFICE_OF = new RegExp(`\\b(?:${[...OFFICE_WORDS].join('|')})\\s+of\\s+(?:the\\s+)?$`);

/**
 * Adds the mentions of a short form an organisation's name defines ("the Internal Revenue Service (IRS)") that the
 * model missed, before or after the definition: "IRS enforcement funding", "AfD co-leader Tino Weidel".
 */
export function withDefinedShortForms(
  text: string,
  tokens: readonly Token[],
  names: readonly NameSpan[],
): readonly NameSpan[] {
  if (!text.includes(' (')) return names;
  const defined = new Set<string>();
  for (const n of names) {
    if (n.type !== 'ORG' || text.charCodeAt(n.end) !== 32) continue;
    const short = ACRONYM_DEFINED.exec(text.slice(n.end, n.end + 20))?.[1];
    if (!short || !TWO_CAPITALS.test(short) || short.includes(' ')) continue;
    // A short form opens with one of the name's initials ("(VIDEO)" after a name is none), and an office's
    // ("Member of Parliament (MP)") is no organisation's.
    if (
      initialsOf(text.slice(n.start, n.end)).includes(short[0]!) &&
      !OFFICE_OF.test(text.slice(Math.max(0, n.start - 16), n.start))
    )
      defined.add(short);
  }
  if (defined.size === 0) return names;
  const added = tokensOutsideNames(tokens, names, (t) => (defined.has(t.text) ? 'ORG' : undefined));
  return added.length === 0 ? names : [...names, ...added].sort((x, y) => x.start - y.start);
}

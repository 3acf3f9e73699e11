import type { NumberMention, Span } from '../model/analysis';
import { isAsciiLetter, isDigit, isLetter, isSpace } from './chars';
import { createMatchIndex, searchFrom, type MatchSearch, type NextMatch } from './match-index';
import { NUMBER_WORD_VALUES, SMALL_NUMBER_WORDS } from './lexicon/number-words';
import { isNotQuantity } from './not-quantity';
import { anyOf, firstMatch, type PatternList } from './pattern-list';
import { pushAll } from './push-all';
import { qualifierBefore } from './number-qualifiers';
import { mayHoldShares, sharesIn } from './shares';
import { CURRENCY_WORDS } from './lexicon/currency-words';

const SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5,
  crore: 1e7, crores: 1e7, k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12, tr: 1e12, bil: 1e9, mil: 1e6,
}; // prettier-ignore

// ISO 4217 codes written before an amount ("CHF 45 million") that no symbol pattern below names.
const CURRENCY_CODES =
  'USD CHF ZAR BRL MXN CAD AUD HKD SGD SEK NOK DKK PLN IDR KES EGP PKR BDT LKR NPR'.split(' ');

// Other dollars before plain "$"; a bare code is its own unit.
const CURRENCY_PREFIX: PatternList<string | null> = [
  [/(?:\bHK\$)\s?$/, 'HKD'],
  [/(?:\bC\$|\bCA\$)\s?$/, 'CAD'],
  [/(?:\bA\$|\bAU\$)\s?$/, 'AUD'],
  [/(?:\bNZ\$)\s?$/, 'NZD'],
  [/(?:\bS\$)\s?$/, 'SGD'],
  [/(?:\bR\$)\s?$/, 'BRL'],
  [/(?:\bNT\$)\s?$/, 'TWD'],
  [/(?:\bZ\$)\s?$/, 'ZWL'],
  [/(?:US\$|\$)\s?$/, 'USD'],
  [/(?:₹|\bRs\.?|\bINR)\s?$/, 'INR'],
  [/\b(?:KSh|Ksh|KShs)\.?\s?$/, 'KES'],
  [/\bRp\.?\s?$/, 'IDR'],
  [/(?:৳|\bTk\.?)\s?$/, 'BDT'],
  [/\b(?:ZiG|ZWG)\s?$/, 'ZWG'],
  [/\b(?:Dh|Dhs|AED)\s?$/, 'AED'],
  [/\bRM\s?$/, 'MYR'],
  [/(?:₱|\bPHP)\s?$/, 'PHP'],
  [/(?:GH¢|GH₵|₵|\bGHS)\s?$/, 'GHS'],
  [/(?:₪|\bNIS|\bILS)\s?$/, 'ILS'],
  [/(?:€|\bEUR)\s?$/, 'EUR'],
  [/(?:£|\bGBP)\s?$/, 'GBP'],
  [/(?:¥|\bJPY)\s?$/, 'JPY'],
  [/\b(?:CNY|RMB)\s?$/, 'CNY'],
  [/(?:₩|\bKRW)\s?$/, 'KRW'],
  [/(?:₦|\bNGN)\s?$/, 'NGN'],
  [/(?:₽|\bRUB)\s?$/, 'RUB'],
  [/(?:₴|\bUAH)\s?$/, 'UAH'],
  [/(?:₺|\bTRY)\s?$/, 'TRY'],
  [new RegExp(`\\b(?:${CURRENCY_CODES.join('|')})\\s?$`), null],
];

const ANY_CURRENCY_PREFIX = anyOf(CURRENCY_PREFIX);
// The last characters of the prefixes above: a currency ends right before the number or one space before it.
const CURRENCY_ENDS = new Set('$₹€£¥₩₦₽₴₺₱₵₪¢৳.');

/** Whether a currency prefix may end at `at` (or one space before it): a symbol, a full stop or a letter. */
function mayEndCurrency(text: string, at: number): boolean {
  let c = text[at - 1];
  if (isSpace(c)) c = text[at - 2];
  return c !== undefined && (CURRENCY_ENDS.has(c) || isAsciiLetter(c.charCodeAt(0)));
}

// A currency written onto the digits ("Rs90", "KSh3 billion", "R340 million", "P1.8 billion", "N5bn"): the
// South African, Philippine and Nigerian single letters only before a scale, as "R15" may be a road.
const GLUED_CURRENCY = /(?<![\p{L}\p{N}])(?:(Rs|Rp|RM|KSh|Ksh|Tk|Sh|Dhs|Dh)|([RPN]))$/u;
const GLUED_CODES: Readonly<Record<string, string>> = {
  Rs: 'INR', Rp: 'IDR', RM: 'MYR', KSh: 'KES', Ksh: 'KES', Tk: 'BDT', Sh: 'KES', Dh: 'AED', Dhs: 'AED', R: 'ZAR',
  P: 'PHP', N: 'NGN',
}; // prettier-ignore
// "N945" is naira, "R950" rand, "P1,200" pesos in a text that names the currency or its country (else "R15"
// may be a road); with a scale or a thousands comma they are money anywhere.
const LETTER_COUNTRIES: Readonly<Record<string, RegExp>> = {
  N: /\b(?:naira|Nigeria)/,
  R: /\b(?:rand\b|South Africa)/,
  P: /\b(?:pesos?\b|Philippine)/,
};
// Where "Rs" and "rupees" are another country's rupee than India's.
const RUPEE_COUNTRIES: PatternList<string> = [
  [/\b(?:Pakistan|Karachi|Lahore|Islamabad|Rawalpindi|Peshawar|Quetta|Faisalabad)\b/, 'PKR'],
  [/\b(?:Sri Lanka|Colombo|Kandy)\b/, 'LKR'],
  [/\b(?:Nepal|Kathmandu)\b/, 'NPR'],
];
const ANY_RUPEE_COUNTRY = anyOf(RUPEE_COUNTRIES);
// "forty-five": the ones after a tens word and its hyphen.
const HYPHENATED_ONES = new RegExp(`^-(${SMALL_NUMBER_WORDS.slice(1, 10).join('|')})\\b`, 'i');

// Unit words after the number, singularised to the unit name.
const UNIT_RE =
  /^(?:\s?(%|°\s?[CF]\b)|[\s-](per ?cent|degrees? (?:Celsius|Fahrenheit|centigrade)|cents?|(?:metric )?tonnes?|(?:metric )?tons?|feet|foot|(?:(?:US|U\.S\.|Canadian|Australian|Hong Kong|New Zealand|Singapore|Taiwan) )?dollars?|rupees?|euros?|pounds?|pence|yuan|renminbi|yen|won|rupiah|ringgit|baht|dong|naira|cedis?|rand|birr|taka|kwacha|shillings?|reais|liras?|roubles?|rubles?|hryvnias?|zlotys?|forints?|korunas?|kronor|krona|kroner|krone|(?:Swiss |CFA )?francs?|pesos?|dinars?|dirhams?|riyals?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|people|persons?|percentage points?|basis points?|bps|square (?:kilometres?|kilometers?|km|miles?|metres?|meters?|feet)|cubic (?:metres?|meters?|feet)|km\/h|mph|kph|km|kilometres?|kilometers?|miles?|kg|kilograms?|tonnes?|tons?|millimetres?|millimeters?|centimetres?|centimeters?|mm|cm|metres?|meters?|litres?|liters?|hectares?|acres?|barrels?|gallons?)\b|(km\/h|km|kg|ft|mm|cm|mph|kph|pc)\b)/i;
// Any other plural noun after a bare count is its unit ("1,200 troops" → 'troop').
// Adjectives in -ous, -ss, -us and -is ("14 serious injuries", "3,600 autonomous floats") are no plurals.
const PLURAL_RE = /^ ([a-z]{3,}(?<!ou|s|u|i)s)\b/;
const NOT_UNITS = new Set(
  'across was has does always perhaps this thus its his hers ours yes whereas less unless plus minus afterwards'.split(
    ' ',
  ),
);
const UNIT_NAMES: Readonly<Record<string, string>> = {
  ...CURRENCY_WORDS, people: 'person', percent: '%', 'per cent': '%',
  kilometre: 'km', kilometer: 'km', kilogram: 'kg', ton: 'tonne', meter: 'metre',
  'metric ton': 'tonne', 'metric tons': 'tonne', 'metric tonne': 'tonne', 'metric tonnes': 'tonne',
  '°c': '°C', '° c': '°C', '°f': '°F', '° f': '°F', 'degree celsius': '°C', 'degrees celsius': '°C',
  'degree centigrade': '°C', 'degrees centigrade': '°C', 'degree fahrenheit': '°F',
  'degrees fahrenheit': '°F', feet: 'ft', foot: 'ft', pc: '%', 'percentage point': 'percentage point',
  kph: 'km/h', liter: 'litre', 'basis point': 'basis point', bps: 'basis point', bp: 'basis point', millimetre: 'mm', millimeter: 'mm', centimetre: 'cm', centimeter: 'cm',
  'square kilometre': 'km²', 'square kilometer': 'km²', 'square km': 'km²', 'square mile': 'sq mi',
  'square metre': 'm²', 'square meter': 'm²', 'square feet': 'sq ft', 'cubic metre': 'm³', 'cubic meter': 'm³',
  'cubic feet': 'cu ft',
}; // prettier-ignore

/**
 * The units of measure among those named above: a figure in one is another quantity than the same figure in
 * another ("50%", "$50", "3 days"). Any other unit is a noun the figure counts ("50 people", "300 troops").
 */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  ...'% second minute hour day week month year decade km kg tonne mile metre ft °C °F'.split(' '),
  ...'mm cm mph km/h litre hectare acre barrel gallon km² m² m³'.split(' '),
  'percentage point',
  'basis point',
  'sq mi',
  'sq ft',
  'cu ft',
  ...Object.values(CURRENCY_WORDS),
  ...CURRENCY_PREFIX.flatMap(([, code]) => (code ? [code] : [])),
  ...CURRENCY_CODES,
]);

const A_BEFORE = /\ba\s+$/i;
const SPACED_GROUP = /^ (\d{3})(?![\d,.]?\d)/;
// "50 or more", "5% or higher": at least the figure.
const OR_MORE = /^\s+or\s+(?:more|higher|above)\b/i;
// "95% CI": the level of a confidence interval, no quantity.
const CONFIDENCE = /^\s*(?:CI\b|confidence interval)/;
// "1.5C", "45C": degrees Celsius written onto the digits, read in a text about warming or the weather.
const CELSIUS = /^C\b/;
const isCelsius = (text: string, end: number, isWord: boolean, weather: () => boolean): boolean =>
  !isWord && text[end] === 'C' && CELSIUS.test(text.slice(end, end + 2)) && weather();
const WEATHER = /\b(?:warming|temperatures?|heat|Celsius|degrees|climate|weather)\b/i;
// A scale word after a space or a hyphen ("R4.7-billion"), or written onto the digits ("£2million", "5bn",
// Malaysia's "RM1.3bil").
const SCALE =
  /^(?:(?:\s+|-)(hundred|thousand|million|billion|trillion|lakhs?|crores?)\b|(k|m|mn|bn|tn|tr|bil|mil|million|billion|trillion)\b)/i;
// Between a range's start and its end: the start's "%", then a dash or a word ("12- to 14-hour").
const RANGE_JOIN = /^(\s?%)?\s*(-\s*to|-|–|to|and)\s*/;
// Digits, perhaps with a scale written onto them ("£15m").
const DIGITS = /\d+(?:,\d{3})*(?:\.\d+)?(?![\d.,]\d)/y;

/** `value` times the scale word `scale` matched ("1.07 billion"), shifting the decimal so it stays exact. */
function scaled(value: number, scale: RegExpExecArray | null): number {
  const word = (scale?.[1] ?? scale?.[2] ?? '').toLowerCase();
  return Number(`${value}e${Math.round(Math.log10(SCALES[word] ?? 1))}`);
}

/**
 * The end of a range whose start ends at `at`: "-3", " to 14", " and Rs 30,000", "% and 0.9" (the end's own "%"
 * is the unit, read after), " and $3 billion". Its currency, if written again, is the start's; a "%" after the
 * start wants one after the end.
 */
function rangeEnd(
  text: string,
  at: number,
  to: number,
  prefix: string,
): {
  length: number;
  digits: string;
  value: number;
  scale: RegExpExecArray | null;
  joined: boolean;
  repeated: boolean;
} | null {
  const join = RANGE_JOIN.exec(text.slice(at, Math.min(to, at + 16)));
  if (!join) return null;
  let p = at + join[0].length;
  const again = prefix !== '' && text.startsWith(prefix, p);
  if (again) p += prefix.length + (text[p + prefix.length] === ' ' ? 1 : 0);
  DIGITS.lastIndex = p;
  NUMBER_WORD.lastIndex = p;
  const digits = DIGITS.exec(text) ?? NUMBER_WORD.exec(text);
  if (!digits || digits.index !== p || p + digits[0].length > to) return null;
  p += digits[0].length;
  const word = !isDigit(digits[0][0]);
  const value = word ? NUMBER_WORD_VALUES[digits[0].toLowerCase()]! : Number(digits[0].replaceAll(',', ''));
  if (join[1] && !/^\s?%/.test(text.slice(p, p + 2))) return null;
  const scale = SCALE.exec(text.slice(p, Math.min(to, p + 24)));
  if (scale) p += scale[0].length;
  return {
    length: p - at,
    digits: digits[0],
    value,
    scale,
    joined: join[2] === 'and',
    repeated: again || !!join[1],
  };
}
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const SCORE_BEFORE =
  /\b(?:voted|failed|passed|won|lost|beat|beaten|defeated|drew|tied|trailed|led|took|returned|spell of|figures of|record of|score of|margin of)\s+$/i;
const SCORE_AFTER = /^\s+(?:votes?|win|victory|defeat|loss|draw|scoreline|split|decision)\b/i;
const WORD_RANGE = /^(?:\s+to\s|-to-)/;
const NUMBER_WORD = new RegExp(`\\b(?:${Object.keys(NUMBER_WORD_VALUES).join('|')})\\b`, 'iy');
const FROM_BEFORE = /\bfrom\s+$/i;
const YEAR = /^\d{4}$/;

const CANDIDATE = new RegExp(
  `\\d+(?:,\\d{3})*(?:\\.\\d+)?|\\b(?:${Object.keys(NUMBER_WORD_VALUES).join('|')})\\b`,
  'gi',
);

function isYear(digits: string): boolean {
  return YEAR.test(digits) && Number(digits) >= 1900 && Number(digits) <= 2100;
}

/** A plural unit word in the singular ("troops" → "troop", "casualties" → "casualty"). */
function singular(plural: string): string {
  // "losses" → "loss" but "cases" → "case".
  return plural.replace(/(?:ies)$/, 'y').replace(/(?<=ss|[xz]|ch|sh)es$|s$/, '');
}

function unitName(raw: string): string {
  const lower = raw.toLowerCase().replace(/\s+/g, ' ');
  if (lower === '%' || lower === 'percent' || lower === 'per cent') return '%';
  const mapped = UNIT_NAMES[lower];
  if (mapped) return mapped;
  const singular = lower.endsWith('s') && lower.length > 3 ? lower.slice(0, -1) : lower;
  return UNIT_NAMES[singular] ?? singular;
}

/**
 * The quantities in `text` (or in `span` of it), normalised so that "more than 50" and "over 50" compare
 * equal: value, qualifier ('exact', 'more-than', 'less-than', 'about', 'at-least', 'at-most', 'range')
 * and unit ('USD', '%', 'day', …). Dates and date-names such as "26/11" are not quantities. For many
 * spans of one text, `createNumberFinder` searches the text once.
 */
export function findNumbers(text: string, span?: Span): NumberMention[] {
  return createNumberFinder(text, searchFrom)(span);
}

/** What the number finder reads from the whole text, once and only when a number needs it. */
type TextFacts = {
  next: NextMatch;
  /** The code of the rupee the text means ("Rs" in Pakistan is PKR). */
  rupee: () => string;
  /** Whether the text names the currency a single glued letter stands for ("N945" in a text on Nigeria). */
  lettered: (letter: string) => boolean;
  /** Whether a share in words ("a third") may occur at all. */
  shares: boolean;
  /** Whether the text is about warming or the weather, where "1.5C" is degrees. */
  weather: () => boolean;
};

/** `findNumbers` for spans of `text`; `search` is how the text is searched (by default once, for all spans). */
export function createNumberFinder(
  text: string,
  search: MatchSearch = createMatchIndex,
): (span?: Span) => NumberMention[] {
  let rupeeCode: string | undefined;
  let weather: boolean | undefined;
  const named = new Map<string, boolean>();
  const facts: TextFacts = {
    next: search(CANDIDATE, text),
    rupee: () => (rupeeCode ??= firstMatch(RUPEE_COUNTRIES, ANY_RUPEE_COUNTRY, text)?.[1] ?? 'INR'),
    lettered: (letter) => {
      let found = named.get(letter);
      if (found === undefined) named.set(letter, (found = LETTER_COUNTRIES[letter]?.test(text) ?? false));
      return found;
    },
    shares: mayHoldShares(text),
    weather: () => (weather ??= WEATHER.test(text)),
  };
  return (span) => numbersIn(text, span?.[0] ?? 0, span?.[1] ?? text.length, facts);
}

/** The numbers of each of `sentences`, in order: what entities and claims both need, found once. */
export function numbersBySentence(text: string, sentences: readonly Span[]): NumberMention[][] {
  const findNumbers = createNumberFinder(text);
  return pushAll(sentences, (span) => findNumbers(span));
}

function numbersIn(text: string, from: number, to: number, facts: TextFacts): NumberMention[] {
  const { next, rupee, lettered, weather } = facts;
  const out: NumberMention[] = [];
  const shares = facts.shares ? sharesIn(text, from, to) : [];
  let share = 0;
  let m: RegExpExecArray | null;
  for (let at = from; (m = next(at)) !== null && m.index < to;) {
    at = m.index + m[0].length;
    // A figure inside a share ("one in four", "two-thirds") is the share's.
    while (share < shares.length && shares[share]!.end <= m.index) out.push(shares[share++]!);
    if (share < shares.length && shares[share]!.start <= m.index) {
      at = Math.max(at, shares[share]!.end);
      continue;
    }
    const numStart = m.index;
    let numEnd = numStart + m[0].length;
    if (numEnd > to) break;
    // A candidate is digits or a number word.
    const isWord = !isDigit(m[0][0]);
    const dozen = isWord && m[0].toLowerCase() === 'dozen';
    let value: number | null = isWord
      ? (NUMBER_WORD_VALUES[m[0].toLowerCase()] ?? null)
      : Number(m[0].includes(',') ? m[0].replaceAll(',', '') : m[0]);
    if (dozen && !A_BEFORE.test(text.slice(numStart - 3, numStart))) continue;
    const ones =
      isWord && value !== null && value >= 20 ? HYPHENATED_ONES.exec(text.slice(numEnd, to)) : null;
    if (ones) {
      // "forty-five", "Twenty-nine"
      value! += SMALL_NUMBER_WORDS.indexOf(ones[1]!.toLowerCase());
      numEnd += ones[0].length;
    }
    const scaleAfter = () => SCALE.exec(text.slice(numEnd, Math.min(to, numEnd + 24)));
    let celsius = false;
    let prefix = '';
    let unit: string | null = null;
    let scale: RegExpExecArray | null = null;
    const glued =
      !isWord && isLetter(text[numStart - 1])
        ? GLUED_CURRENCY.exec(text.slice(Math.max(from, numStart - 4), numStart))
        : null;
    if (glued && (glued[1] || (scale = scaleAfter()) || /[,.]\d/.test(m[0]) || lettered(glued[2]!))) {
      prefix = glued[0];
      unit = GLUED_CODES[prefix]!;
    } else if (!(celsius = isCelsius(text, numEnd, isWord, weather)) && isNotQuantity(text, numStart, numEnd))
      continue;
    else {
      const currency = mayEndCurrency(text, numStart)
        ? firstMatch(
            CURRENCY_PREFIX,
            ANY_CURRENCY_PREFIX,
            text.slice(Math.max(from, numStart - 24), numStart),
          )
        : null;
      prefix = currency?.[0][0] ?? '';
      unit = currency ? (currency[1] ?? prefix.trim()) : null;
    }
    // "Z$40 000", "R2 300": thousands parted by spaces, as southern Africa writes money.
    if (unit !== null && !isWord && !m[0].includes(',') && m[0].length <= 3 && !scale)
      for (
        let g = SPACED_GROUP.exec(text.slice(numEnd, numEnd + 5));
        g;
        g = SPACED_GROUP.exec(text.slice(numEnd, numEnd + 5))
      ) {
        value = value! * 1000 + Number(g[1]);
        numEnd += g[0].length;
        at = numEnd;
      }
    scale ??= scaleAfter();
    if (unit === 'INR' && prefix.startsWith('R')) unit = rupee();
    let start = numStart - prefix.length;
    if (dozen) start -= 2;
    if (scale) {
      if (value !== null) value = scaled(value, scale);
      numEnd += scale[0].length;
    }
    let qualifier = 'exact';
    const between = BETWEEN_BEFORE.exec(text.slice(Math.max(from, start - 10), start));
    // "between six and 12 months", "five to eight years": a range of words too, but not "one of two".
    const range =
      isWord && !between && !WORD_RANGE.test(text.slice(numEnd, numEnd + 4))
        ? null
        : rangeEnd(text, numEnd, to, prefix.trim());
    // "$2.5-3 billion": a scale after the range's end is the start's too.
    const shared = range?.scale && !scale ? range.scale : null;
    const upper = range && scaled(range.value, range.scale ?? scale);
    const lower = shared && value !== null ? scaled(value, shared) : value;
    // "27-24" and "11-2" are a score and a record, not ranges: a range ends above where it starts. Nor is a
    // dashed pair after a vote or a game's verb ("failed 44-55", "took 2-18", "lost 1-3") or before "vote".
    const score =
      range !== null &&
      !between &&
      /^\s?[-–]/.test(text.slice(numEnd, numEnd + 2)) &&
      (SCORE_BEFORE.test(text.slice(Math.max(from, start - 16), start)) ||
        SCORE_AFTER.test(text.slice(numEnd + range.length, numEnd + range.length + 12)));
    const ascending = range && !score && lower !== null && upper! > lower;
    // "1994-2023", "between 1994 and 2023" are spans of years: dates, not quantities.
    const years = range && unit === null && !range.scale && isYear(m[0]) && isYear(range.digits);
    if (years && ascending) {
      at = Math.max(at, numEnd + range.length);
      continue;
    }
    // "rose from 5% to 7%", "from $2 billion to $3 billion": a change, its two figures apart.
    const change = range?.repeated && FROM_BEFORE.test(text.slice(Math.max(from, start - 6), start));
    if (range && ascending && !change && (between || !range.joined)) {
      qualifier = 'range';
      numEnd += range.length;
      value = lower;
      if (between) start -= between[0].length;
      // "roughly 1% to 2%": the qualifier is the range's, in its span.
      else start = qualifierBefore(text, start, from)?.start ?? start;
    } else {
      const q = qualifierBefore(text, start, from);
      if (q) {
        qualifier = q.name;
        start = q.start;
      }
    }
    const after = text.slice(numEnd, to);
    let u = UNIT_RE.exec(after);
    const plural = u ? null : PLURAL_RE.exec(after);
    // "$10MM" is ten million in a trader's shorthand, not ten millimetres.
    if (u && u[3] && u[3] !== u[3].toLowerCase() && u[3] !== 'KM') u = null;
    if (u) {
      unit = unitName(u[1] ?? u[2] ?? u[3]!);
      numEnd += u[0].length;
    } else if (plural && unit === null && !NOT_UNITS.has(plural[1]!)) {
      unit = singular(plural[1]!);
      numEnd += plural[0].length;
    }
    if (celsius) {
      unit = '°C';
      numEnd += 1;
    }
    if (unit === '%' && CONFIDENCE.test(text.slice(numEnd, numEnd + 24))) continue;
    const orMore = qualifier === 'exact' ? OR_MORE.exec(text.slice(numEnd, numEnd + 16)) : null;
    if (orMore) {
      qualifier = 'at-least';
      numEnd += orMore[0].length;
    }
    // A bare year ("in 2023") is a date, not a quantity.
    if (!u && !scale && unit === null && qualifier === 'exact' && !isWord && isYear(m[0])) continue;
    if (isWord && value === 1 && unit === null && qualifier === 'exact') continue; // "one of the…"
    while (share < shares.length && shares[share]!.start < start) out.push(shares[share++]!);
    if (share < shares.length && shares[share]!.start < numEnd) continue;
    out.push({ start, end: numEnd, text: text.slice(start, numEnd), value, qualifier, unit });
    at = Math.max(at, numEnd);
  }
  while (share < shares.length) out.push(shares[share++]!);
  return out;
}

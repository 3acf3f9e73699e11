import { PORTFOLIO_WORDS, TITLES } from './lexicon/titles';
import { OF_OR_FOR, ORG_CUES } from './lexicon/words';
import { COMMON, DEMONYM_BITS, overrule, PLACE_BITS, type NameSpan, type Sentence } from './name-sentence';
import { PERSON_NAME_BITS } from './tagger/gazetteer';
import type { Token } from './tokens';

// Head nouns of an institution named for what it deals with ("Association of Small and Medium Enterprises").
const HEADS: ReadonlySet<string> = new Set(
  `Department Ministry Office Agency Commission Council Authority Institute Bureau Board Federation Association
Committee Secretariat Directorate Centre Center Service Foundation Chamber Confederation Society`.split(
    /\s+/,
  ),
);
// A government's, whose portfolios run to lists ("Department for Environment, Food and Rural Affairs"); a
// council's or a federation's list is of its members ("National Council of Churches, Peace Action").
const GOVERNMENT_HEADS: ReadonlySet<string> = new Set(
  'Department Ministry Office Agency Commission Authority Bureau Secretariat Directorate'.split(' '),
);
const AND = /^(?:and|&)$/;
const CAPITALS = /^\p{Lu}{2,}$/u;
const DETERMINERS = /^(?:The|A|An|This|That|Its|Their)$/;

/** A capitalised word of what an institution deals with ("Food", "Rural", "Youth"), never a title. */
function isPortfolioWord(s: Sentence, t: Token): boolean {
  if (!t.cap || CAPITALS.test(t.text) || DETERMINERS.test(t.text)) return false;
  if (PORTFOLIO_WORDS.has(t.text)) return true;
  if (TITLES.has(t.text)) return false;
  // A common word, or one no list holds ("Enterprises") that the model did not take for a name of its own
  // other than an organisation's; never a person's name, a place or a people.
  const bits = s.tagger.listedWord(t.text);
  if (bits & (PERSON_NAME_BITS | PLACE_BITS | DEMONYM_BITS)) return false;
  if (bits & COMMON) return true;
  return bits === 0 && !s.out.some((n) => n.type !== 'ORG' && n.start <= t.start && n.end >= t.end);
}

/**
 * "Department for Environment, Food and Rural Affairs", "Office for the Coordination of Humanitarian Affairs",
 * "Association of Small and Medium Enterprises": an institution's head noun, "of" or "for", and what it deals
 * with (capitalised common words joined by "and", or for a government's by "of" and commas too) are one
 * organisation, however the model cut it. The words must end where the capitals end: a title, a name, a
 * place or another institution among them ("Ministry of Defence Secretary Ana Ruiz", "Board of Trustees of
 * West Virginia", "Ministry of Finance and Bank of Ghana") leaves the model's names as they are.
 */
export function institutionPortfolios(s: Sentence, a: number, b: number): void {
  const { tokens } = s;
  for (let k = a; k + 2 < b; k++) {
    const head = tokens[k]!;
    if (!head.cap || !HEADS.has(head.text) || !OF_OR_FOR.test(tokens[k + 1]!.text)) continue;
    const government = GOVERNMENT_HEADS.has(head.text);
    let end = k + 2;
    if (tokens[end]!.text === 'the') end++;
    let joined = false;
    let listed = true;
    for (; end < b; end++) {
      const t = tokens[end]!;
      if (isPortfolioWord(s, t)) {
        // "… Ministry of Culture, State Board of Antiquities": another institution's name.
        if (!PORTFOLIO_WORDS.has(t.text) && (ORG_CUES.has(t.text) || HEADS.has(t.text))) listed = false;
        continue;
      }
      if (t.cap) listed = false;
      const joins = AND.test(t.text) || (government && (t.text === ',' || OF_OR_FOR.test(t.text)));
      const next = tokens[end + 1];
      if (!joins || !next || !isPortfolioWord(s, next) || end === k + 2) break;
      // "the Ministry of Finance and Bank of Ghana": another institution's name starts.
      if (!PORTFOLIO_WORDS.has(next.text) && (ORG_CUES.has(next.text) || HEADS.has(next.text))) {
        listed = false;
        break;
      }
      if (AND.test(t.text)) joined = true;
    }
    // A comma no "and" closed ends the name before it ("the Department of Health, Ana Ruiz said").
    while (end > k + 2 && (tokens[end - 1]!.text === ',' || !tokens[end - 1]!.cap)) end--;
    if (!listed || end <= k + 2 || (tokens[end] && tokens[end]!.cap)) continue;
    const inside = s.out.filter((m) => m.start < tokens[end - 1]!.end && m.end > head.start);
    // Without an "and", only a government's name the model split ("Office" | "Coordination of …") or found
    // without its head ("the Office for the" | "Regulation of Energy Markets").
    const split = inside.length > 1 || (inside.length === 1 && inside[0]!.start > head.start);
    if (!joined && !(government && split)) continue;
    const from = runBefore(
      s,
      a,
      k,
      inside.find((m) => m.start <= head.start),
    );
    overrule(s, from, end, [{ start: tokens[from]!.start, end: tokens[end - 1]!.end, type: 'ORG' }]);
    k = end - 1;
  }
}

/** The first of the capitalised words of the model's name that run up to the head noun at `k`. */
function runBefore(s: Sentence, a: number, k: number, head: NameSpan | undefined): number {
  const { tokens } = s;
  let from = k;
  // "United Nations Office": the model's organisation starts it where its capitals start.
  if (head?.type === 'ORG')
    while (from > a && tokens[from - 1]!.cap && tokens[from - 1]!.start >= head.start) from--;
  return from;
}

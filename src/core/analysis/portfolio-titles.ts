import { PORTFOLIO_OFFICES, PORTFOLIO_WORDS, TITLES } from './lexicon/titles';
import { OF_OR_FOR } from './lexicon/words';
import type { NameSpan } from './name-spans';
import type { Token } from './tokens';

const JOINS = /^(?:and|&|for|of|the)$/;
const OFFICE = /\b(?:Minister|Secretary|Commissioner)s?\b/;
const MAX_NAME_WORDS = 4;

/** Whether `text` names an office at all: asked once per text, before `portfolioTitles` runs sentence by sentence. */
export function namesOffices(text: string): boolean {
  return OFFICE.test(text);
}

/**
 * The portfolio after an office ("Minister of Industry and Commerce Rishad Bathiudeen", "Minister for Home
 * Affairs Lim Wee Kiat") is part of the title, not a name: names found inside it go, a person's name that
 * started inside it starts after it, and the capitalised words right after it are the person when nothing
 * was found there. Works on the names `out` of the sentence `tokens[a..b)`, in place.
 */
export function portfolioTitles(tokens: readonly Token[], a: number, b: number, out: NameSpan[]): void {
  for (let i = a; i + 2 < b; i++) {
    if (!PORTFOLIO_OFFICES.has(tokens[i]!.text)) continue;
    dropPortfolioBefore(tokens, a, i, out);
    if (!OF_OR_FOR.test(tokens[i + 1]!.text)) continue;
    let last = -1;
    for (let k = i + 2; k < b; k++) {
      const t = tokens[k]!.text;
      if (PORTFOLIO_WORDS.has(t)) last = k;
      else if (!JOINS.test(t) && !(t === ',' && PORTFOLIO_WORDS.has(tokens[k + 1]?.text ?? ''))) break;
    }
    if (last < 0) continue;
    const end = last + 1;
    const from = tokens[i + 1]!.start;
    const to = tokens[last]!.end;
    const next = tokens[end];
    const name = end < b && next!.cap && next!.word ? next! : null;
    let named = false;
    for (let k = out.length - 1; k >= 0; k--) {
      const n = out[k]!;
      if (n.end <= from || n.start >= to) {
        if (name && n.start === name.start) named = true;
        continue;
      }
      // "… of State for International Organization Affairs": what runs on to a portfolio word is the portfolio.
      if (n.end <= to || !name || endsInPortfolio(tokens, end, b, n.end)) out.splice(k, 1);
      else {
        out[k] = { start: name.start, end: n.end, type: 'PERSON' };
        named = true;
      }
    }
    if (named || !name) continue;
    // Nothing found after the portfolio: its capitalised words are the holder's name ("… Affairs Lim Wee Kiat").
    let y = end;
    while (
      y < b &&
      y - end < MAX_NAME_WORDS &&
      tokens[y]!.cap &&
      tokens[y]!.word &&
      !TITLES.has(tokens[y]!.text)
    )
      y++;
    if (y - end >= 2 && (y === b || !tokens[y]!.cap))
      out.push({ start: name.start, end: tokens[y - 1]!.end, type: 'PERSON' });
  }
}

/** Whether the token of `tokens[from..b)` that ends at offset `end` is a portfolio word. */
function endsInPortfolio(tokens: readonly Token[], from: number, b: number, end: number): boolean {
  for (let k = from; k < b && tokens[k]!.start < end; k++)
    if (tokens[k]!.end === end) return PORTFOLIO_WORDS.has(tokens[k]!.text);
  return false;
}

/**
 * "Union Parliamentary Affairs Minister Kiren Rijiju": the capitalised words before an office, when all of them
 * are portfolio or title words, are the office's; a name found among them goes.
 */
function dropPortfolioBefore(tokens: readonly Token[], a: number, office: number, out: NameSpan[]): void {
  let first = office;
  const portfolio = (k: number) => PORTFOLIO_WORDS.has(tokens[k]!.text) || TITLES.has(tokens[k]!.text);
  // "Mines and Mining Development Minister", "Finance, Economic Development and Investment Minister".
  while (first > a) {
    if (portfolio(first - 1)) first--;
    else if (first - 2 >= a && /^(?:and|&|,)$/.test(tokens[first - 1]!.text) && portfolio(first - 2))
      first -= 2;
    else break;
  }
  if (first === office) return;
  const from = tokens[first]!.start;
  const to = tokens[office - 1]!.end;
  for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start >= from && out[k]!.end <= to) out.splice(k, 1);
}

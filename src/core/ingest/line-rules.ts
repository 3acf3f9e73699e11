import { canonicalWire, matchWireByline, normalizeDate, sourceFromCopyright } from './metadata';
import { bareDateLine } from './metadata-dates';

/** Why a line is boilerplate, what it tells us (source, date), and whether it opens a footer or a related list. */
export type LineVerdict = Readonly<{
  reason: string;
  /** Page furniture after the story: what follows it is footer unless it is a sentence. */
  footer?: boolean;
  /** A heading ("Also Read") whose following headline-like lines are links to other stories. */
  related?: boolean;
  source?: string;
  /** The outlet a byline names ("By Ana Ruiz, Abidjan Daily"): the site's own name. */
  outlet?: string;
  date?: string;
}>;

const TERMINALS = '.!?…';
const CLOSERS = '"\'”’)]';

/** Ends like a sentence: terminal punctuation, possibly inside a closing quote or bracket. */
export function endsLikeSentence(line: string): boolean {
  // Read backwards from the end: a regex anchored only at the end tries every start position of the line.
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.includes(line[i]!)) i--;
  if (i >= 0 && TERMINALS.includes(line[i]!)) return true;
  // A comma inside the closing quote ends a quoted sentence too: `… he said,"`.
  const last = line.length - 1;
  return last >= 1 && line[last - 1] === ',' && '"”’'.includes(line[last]!);
}

/** Number of whitespace-separated words. */
export function wordCountOf(line: string): number {
  // Lines are already normalised to single spaces; counting them avoids allocating an array per line, and
  // jumping from space to space with indexOf avoids a step per character (every rule asks for the count).
  let words = 0;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) === 32) continue;
    words++;
    i = line.indexOf(' ', i);
    if (i === -1) break;
  }
  return words;
}

const TICKER = /^[A-Z][\w&.' -]{0,40}?\s*[\d,.]*\s*\(\s*[+\-−]?\s*[\d.,]*\s*%\s*\)$/;
const RELATED_HEADING =
  /^(?:also read|read also|read more|more to read|related(?: (?:stories|news|articles|coverage|content|posts))?|more (?:stories|news|from [\w ]{1,30})|recommended(?: for you| stories)?|you (?:may|might) also (?:like|be interested in)|trending(?: now| stories)?|top stories|latest news|must read|don'?t miss)\s*[:\-–]?$/i;

type Rule = Readonly<{
  test: (line: string, words: number, ended: boolean) => boolean;
  reason: string;
  footer?: boolean;
}>;

// Ordered: the first rule that matches names the reason. Each rule is about the line alone; its word count and
// sentence ending are read once for all of them (word limits also spare a regex for lines that cannot match).
const RULES: readonly Rule[] = [
  // The cheap check first: every ticker ends with its bracketed change.
  { test: (l) => l.endsWith(')') && TICKER.test(l), reason: 'stock ticker' },
  {
    test: (l, w) => w <= 6 && /^skip to (?:main )?(?:content|navigation|search)$/i.test(l),
    reason: 'navigation',
  },
  {
    test: (l, w, ended) =>
      w <= 25 && !ended && /^(?:read more|also read|read also|see also|related|watch)\s*[:|–-]\s*\S/i.test(l),
    reason: 'related headlines',
  },
  {
    test: (l, w) => w === 4 && /^listen to (?:this|the) (?:article|story|podcast)$/i.test(l),
    reason: 'audio player label',
  },
  {
    test: (l, w) =>
      w <= 30 &&
      /\b(?:click here|tap here|follow (?:us|our)|join (?:us|our)|get (?:them|it|all|the latest|updates|news)\b.{0,30}\bon our|subscribe to our|sign up (?:for|to) our|download (?:our|the) app)\b/i.test(
        l,
      ),
    reason: 'promotion',
  },
  {
    test: (l, w) =>
      w <= 3 &&
      /^(?:share|share this(?: article| story)?|subscribe(?: now)?|sign up|log ?in|advertisement|advt\.?|sponsored|print|e-?mail|comments?|bookmark|save|follow)$/i.test(
        l,
      ),
    reason: 'share/subscribe prompt',
  },
  {
    // "Subscribe now for unlimited access", "Already a subscriber? Log in": a paywall's offer, never a headline.
    test: (l, w) =>
      w <= 12 &&
      /^(?:subscribe\b|already a (?:subscriber|member)\b|become a (?:subscriber|member)\b|(?:get|unlock) (?:unlimited|full|digital) access\b)/i.test(
        l,
      ),
    reason: 'subscription prompt',
  },
  {
    test: (l) => /^\d+\s*min(?:ute)?s?\s+read\b|\blast updated\s*(?:on)?\s*:/i.test(l),
    reason: 'reading time / updated',
  },
  {
    test: (l, w) => w <= 14 && /^(?:first )?(?:published|updated|posted)\s*(?:on|at)?\s*:/i.test(l),
    reason: 'publication stamp',
    footer: true,
  },
  { test: (l) => /^(?:topics|tags|keywords|filed under)\s*:/i.test(l), reason: 'topic tags', footer: true },
  {
    test: (l, w) =>
      w <= 25 && (/^(?:copyrights?\s|©|\(c\)\s|@\s*\d{4}\b)/i.test(l) || /all rights reserved/i.test(l)),
    reason: 'copyright',
    footer: true,
  },
  {
    test: (l) =>
      /^\(?\s*only the headline and picture|syndicated (?:news )?feed|has not been edited by|published from a wire agency feed|auto-generated from/i.test(
        l,
      ),
    reason: 'syndication note',
    footer: true,
  },
  { test: (l, w, ended) => w <= 5 && /\bicon$/i.test(l) && !ended, reason: 'icon text' },
  { test: (l, w) => w <= 60 && isPhotoCredit(l), reason: 'photo caption or credit' },
  {
    // Science and press-release sites close the story with the paper, the provider and how to cite the page.
    test: (l) =>
      /^(?:citation|more information|journal information|provided by|explore further|feedback to editors)\b\s*:?/i.test(
        l,
      ),
    reason: 'citation',
    footer: true,
  },
  {
    test: (l) => /^this (?:document|article|material) is subject to copyright\b/i.test(l),
    reason: 'copyright',
    footer: true,
  },
  {
    test: (l, w, ended) => w <= 30 && !ended && l.includes(' | ') && (l.match(/ \| /g)?.length ?? 0) >= 2,
    reason: 'navigation',
  },
  { test: (l) => /^(?:breaking(?: news)?|just in)\s*[:|–-]/i.test(l), reason: 'breaking-news ticker' },
  {
    test: (l, w, ended) => w <= 3 && /\p{Lu}{2}/u.test(l) && !/\p{Ll}/u.test(l) && !ended,
    reason: 'navigation',
  },
  {
    test: (l, _, ended) => !ended && (l.match(/[\p{Ll}\d][\p{Lu}]/gu)?.length ?? 0) >= 3,
    reason: 'link dump',
    footer: true,
  },
];

const BYLINE_START = /^(?:by|written|reported|edited|story)\s/i;
const BYLINE =
  /^(?:[Bb]y|BY|(?:[Ww]ritten|[Rr]eported|[Ee]dited|[Ss]tory) by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin))*(?:\s*[,|—–·•]\s*(.*))?$/u;
// After the name: the outlet, a job title, a date; a lower-case word other than these makes it a sentence
// ("By Friday, the water had receded." is story).
const BYLINE_TAIL_WORD =
  /^(?:[\p{Lu}\d(,|—–·•-]|(?:and|of|the|for|in|at|to|de|la|on|staff|special|senior|chief|writer|reporter|correspondent|editor|contributor|columnist|journalist|updated|published|am|pm|a\.m\.|p\.m\.)$)/u;
const JOB_TITLE =
  /\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|journalist|producer|analyst|chief|bureau|special)\b/i;
const DATE_WORD =
  /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * A byline ("By Ana Ruiz", "By Ana Ruiz, Abidjan Daily — 30 November 2026", "By Lee Park | Reuters | March 3,
 * 2025"), with the outlet and the date it names: a wire as the byline's source, any other outlet as the
 * site's. Null when the line goes on like a sentence.
 */
function bylineVerdict(line: string, words: number): LineVerdict | null {
  // The cheap checks first: the full pattern (Unicode classes) is slow even on lines it rejects at once.
  if (words > 16 || !BYLINE_START.test(line)) return null;
  const m = BYLINE.exec(line);
  if (!m) return null;
  const tail = m[1] ?? '';
  if (!tail.split(/\s+/).every((w) => !w || BYLINE_TAIL_WORD.test(w.replace(/[.,;:)]+$/, '')))) return null;
  if (tail === '' && words > 8) return null;
  const date = normalizeDate(tail);
  const outlet = tail
    .split(/\s*[,|—–·•]\s*/)
    .find(
      (part) => /^\p{Lu}/u.test(part) && !/\d/.test(part) && !JOB_TITLE.test(part) && !DATE_WORD.test(part),
    );
  const wire = outlet ? canonicalWire(outlet) : null;
  const verdict: { -readonly [K in keyof LineVerdict]: LineVerdict[K] } = { reason: 'byline' };
  if (wire) verdict.source = wire;
  else if (outlet) verdict.outlet = outlet;
  if (date) verdict.date = date;
  return verdict;
}

// A credit alone ("Photo: Ana Ruiz/Reuters", "(Image: © Lee Park)") or closing a caption ("Crowds at the gate.
// Photograph: Lee Park/Getty Images"); a name/agency pair with a slash at the end of the line is a credit too.
const CREDIT_START = /^\(?(?:photo(?:graph)?|image|picture|pic|illustration|video|credit)s?(?: credit)?\s*:/i;
const CREDIT_INSIDE =
  /(?:^|[\s(])(?:photo(?:graph)?|image|picture|credit)s?(?: credit| by)?\s*:\s*[^.]{2,80}\)?$/i;
const SLASH_CREDIT =
  /\s\(?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*\/\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*)*\)?$/u;

/** A photo credit, alone or closing its caption. */
export function isPhotoCredit(line: string): boolean {
  // The cheap tests first: most lines have no colon, no slash and do not end in a bracket.
  if (CREDIT_START.test(line)) return true;
  if (line.includes(':') && CREDIT_INSIDE.test(line)) return true;
  if (line.includes('/') && SLASH_CREDIT.test(line)) return true;
  return line.endsWith(')') && /\(\s*©[^)]*\)$/.test(line);
}

/**
 * Classifies one line on its own: a known kind of page furniture (with the reason shown to the analyst and
 * any metadata it carries), a heading that opens a list of related headlines, or null when it may be story.
 */
export function classifyLine(
  line: string,
  words = wordCountOf(line),
  ended = endsLikeSentence(line),
): LineVerdict | null {
  const wire = matchWireByline(line);
  if (wire) return { reason: 'byline', source: wire };
  if (RELATED_HEADING.test(line)) return { reason: 'related headlines', related: true };
  // A line that is only a date dates the story: never its title, never a caption.
  const bare = words <= 8 ? bareDateLine(line) : null;
  if (bare) return { reason: 'date line', date: bare };
  const byline = bylineVerdict(line, words);
  if (byline) return byline;
  for (const rule of RULES) {
    if (!rule.test(line, words, ended)) continue;
    const date =
      rule.reason === 'reading time / updated' || rule.reason === 'publication stamp'
        ? normalizeDate(line)
        : rule.reason === 'citation'
          ? citationDate(line)
          : null;
    const source = rule.reason === 'copyright' ? sourceFromCopyright(line) : null;
    const verdict: { -readonly [K in keyof LineVerdict]: LineVerdict[K] } = { reason: rule.reason };
    if (rule.footer) verdict.footer = true;
    if (date) verdict.date = date;
    if (source) verdict.source = source;
    return verdict;
  }
  return null;
}

/** The page's date in a "Citation: Title (2020, June 3) retrieved …" line, not the day it was retrieved. */
function citationDate(line: string): string | null {
  const m = /\((\d{4}), ([A-Za-z]{3,9}) (\d{1,2})\)/.exec(line);
  return m ? normalizeDate(`${m[2]} ${m[3]}, ${m[1]}`) : null;
}

/** Looks like a headline or link title: a handful of words, no sentence ending, not all lower case. */
export function isHeadlineLike(line: string, words = wordCountOf(line)): boolean {
  return words >= 1 && words <= 25 && !endsLikeSentence(line) && /\p{Lu}|\d/u.test(line);
}

/** A short menu-like item: at most four words, mostly capitalised, no sentence punctuation. */
export function isMenuItem(line: string, words = wordCountOf(line)): boolean {
  if (line.length > 60) return false;
  if (words === 0 || words > 4 || /[.!?,;:]$/.test(line)) return false;
  const capitalised = line.match(/(?<![^ ])[\p{Lu}\d&]/gu)?.length ?? 0;
  return capitalised / words >= 0.6;
}

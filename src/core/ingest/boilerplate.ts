import type { RemovedLine } from '../model';
import {
  classifyLine,
  endsLikeSentence,
  isHeadlineLike,
  isMenuItem,
  wordCountOf,
  type LineVerdict,
} from './line-rules';
import { comparableKeys, toComparable, type ComparableKeys } from './comparable';
import { findInlineWireCredit } from './metadata';
import { findStoryBlocks, isTabular } from './page-block';
import type { TextUnit } from './types';

/** The story's paragraphs, what was dropped and why, and metadata found in the dropped lines. */
export type CleanResult = Readonly<{
  paragraphs: readonly string[];
  removed: readonly RemovedLine[];
  title: string | null;
  wireSource: string | null;
  siteSource: string | null;
  date: string | null;
}>;

export type CleanOptions = Readonly<{
  /** Title already known (date line, front matter, HTML): a repeat of it is removed, no other title is sought. */
  title?: string | null;
}>;

// Every rule asks for the word count and the sentence ending, so they are read once. Keys are computed on first
// use: most furniture lines are dropped by a line rule before anything compares them.
type Slot = {
  text: string;
  words: number;
  ended: boolean;
  keys: ComparableKeys | null;
  verbatim: boolean;
  reason: string | null;
  header: boolean;
  tabular: boolean;
  verdict: LineVerdict | null;
};

/** A sentence that starts the story proper: ends like a sentence and is long enough not to be a caption. */
function isBodySentence(slot: Slot): boolean {
  return slot.ended && slot.words >= 6;
}

function isTitleCandidate({ text, words }: Slot): boolean {
  return isHeadlineLike(text, words) && words >= 3 && words <= 20 && text.length <= 160;
}

function keysOf(slot: Slot): ComparableKeys {
  return (slot.keys ??= comparableKeys(slot.text));
}

/** Comparable forms of every sentence in sentence-like units: a header line among them is a deck, not a title. */
function collectSentenceKeys(slots: readonly Slot[]): Set<string> {
  const keys = new Set<string>();
  for (const slot of slots) if (slot.ended) addAll(keys, keysOf(slot).sentenceKeys);
  return keys;
}

/** A byline or a date alone on its line. */
function isCredit(text: string, words: number): boolean {
  const verdict = classifyLine(text, words, false);
  return verdict !== null && (verdict.reason === 'byline' || verdict.date !== undefined);
}

function addAll(set: Set<string>, values: readonly string[]): void {
  for (const value of values) set.add(value);
}

/**
 * Removes runs of three or more menu-like items (site navigation flattened into lines). A byline or a line that
 * is a date breaks a run: "Coastal Herald / By Nora Lindqvist / 14 March 2025" under a headline is its credits.
 */
function markMenuRuns(slots: Slot[]): void {
  let start = 0;
  for (let i = 0; i <= slots.length; i++) {
    const slot = slots[i];
    if (
      slot &&
      !slot.reason &&
      !slot.verbatim &&
      !slot.tabular &&
      isMenuItem(slot.text, slot.words) &&
      !isCredit(slot.text, slot.words)
    )
      continue;
    if (i - start >= 3) for (let k = start; k < i; k++) slots[k]!.reason = 'navigation menu';
    start = i + 1;
  }
}

// A file of many scraped pages repeats its furniture (tickers, "Also Read", the copyright line) on every page, so
// there a short line is classified once. One article has a few dozen lines and no repeats worth hashing; long
// lines are mostly story, seldom repeated and slower to hash.
const MIN_LINES_TO_REMEMBER = 200;
const MAX_REMEMBERED_LINE = 80;

type Verdicts = Map<string, LineVerdict | null>;

function classifySlot({ text, words, ended }: Slot, remembered: Verdicts | null): LineVerdict | null {
  if (!remembered || text.length > MAX_REMEMBERED_LINE) return classifyLine(text, words, ended);
  let verdict = remembered.get(text);
  if (verdict === undefined) remembered.set(text, (verdict = classifyLine(text, words, ended)));
  return verdict;
}

/** Removes decks and standfirsts that repeat a sentence of the body, and paragraphs repeated verbatim. */
function markDuplicates(slots: Slot[]): void {
  // Only a header line can be a deck: the body's sentences are collected only when one is left.
  const bodySentences = new Set<string>();
  if (slots.some((slot) => slot.header && !slot.reason)) {
    for (const slot of slots)
      if (!slot.reason && !slot.header) addAll(bodySentences, keysOf(slot).sentenceKeys);
  }
  const seen = new Set<string>();
  for (const slot of slots) {
    if (slot.reason) continue;
    const key = keysOf(slot).key;
    const long = wordCountOf(key) >= 5;
    if (slot.header && long && bodySentences.has(key)) slot.reason = 'duplicate of a body sentence';
    else if (long && seen.has(key)) slot.reason = 'duplicate paragraph';
    else seen.add(key);
  }
}

// How many lines above a saved page's story block the headline is sought in (deck, byline, date, share bar).
const TITLE_WINDOW = 6;

/** In a saved page, the lines above the story that may hold its headline: the last few not yet dropped. */
function titleWindow(slots: readonly Slot[], storyStart: number): Set<Slot> {
  const window = new Set<Slot>();
  for (let i = storyStart - 1; i >= 0 && window.size < TITLE_WINDOW; i--)
    if (!slots[i]!.reason && !slots[i]!.verdict && !slots[i]!.verbatim) window.add(slots[i]!);
  return window;
}

/** "Hong Kong (CNN Business)A muddled…": a dateline whose credit is glued to the first word gets its space. */
export function separateDateline(paragraph: string): string {
  // Only a bracket closed within the dateline's reach can be one; most paragraphs are spared the pattern.
  const close = paragraph.indexOf(')');
  if (close < 0 || close > 90) return paragraph;
  return paragraph.replace(/^(\p{Lu}[^()\n]{0,40}\([^()\n]{2,40}\))(?=\p{Lu}\p{Ll})/u, '$1 ');
}

/**
 * The boilerplate pass over paragraph candidates: line rules (tickers, promos, stamps, copyright, bylines,
 * captions and credits, citations), the headline list after "Also Read", non-sentence lines after footer
 * furniture, captions and the headline above the story, menu runs, and decks that duplicate a body sentence.
 * The visible text of a whole web page also loses everything around its story block (menus, link lists,
 * cookie notices, footers), data tables in the story excepted. Every dropped line gets a reason; every
 * sentence of the story is kept.
 */
export function removeBoilerplate(units: readonly TextUnit[], options: CleanOptions = {}): CleanResult {
  const slots = units.map((u): Slot => ({
    text: u.text,
    words: wordCountOf(u.text),
    ended: endsLikeSentence(u.text),
    keys: null,
    verbatim: u.verbatim ?? false,
    reason: null,
    header: false,
    tabular: false,
    verdict: null,
  }));
  let title = options.title ?? null;
  const titleKey = title ? toComparable(title) : null;
  let wireSource: string | null = null;
  let siteSource: string | null = null;
  let date: string | null = null;
  let inHeader = true;
  let inRelated = false;
  let inFooter = false;

  // Table rows never end like a sentence; testing only the other lines spares splitting every paragraph.
  for (const slot of slots) slot.tabular = !slot.ended && slot.words <= 30 && isTabular(slot.text);
  markMenuRuns(slots);
  const remembered: Verdicts | null = slots.length >= MIN_LINES_TO_REMEMBER ? new Map() : null;
  for (const slot of slots) if (!slot.reason && !slot.verbatim) slot.verdict = classifySlot(slot, remembered);
  const found = findStoryBlocks(
    slots.map((s) => ({
      words: s.words,
      ended: s.ended,
      tabular: s.tabular,
      furniture: !!(s.reason || s.verdict),
    })),
  );
  // In a saved page: where its story starts, and which lines belong to a story run.
  const storyStart = found.page ? found.blocks[0]!.start : -1;
  const inStory = found.page ? new Uint8Array(slots.length) : null;
  for (const { start, end } of inStory ? found.blocks : []) inStory!.fill(1, start, end + 1);
  const window = inStory ? titleWindow(slots, storyStart) : null;
  // Needed only when a title is sought among the header lines.
  let sentenceKeys: Set<string> | null = null;
  let deckNext = false;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    if (slot.reason || slot.verbatim) continue;
    const text = slot.text;
    const verdict = slot.verdict;
    if (verdict) {
      slot.reason = verdict.reason;
      if (verdict.source && verdict.reason === 'byline') wireSource ??= verdict.source;
      if (verdict.source && verdict.reason === 'copyright') siteSource ??= verdict.source;
      if (verdict.outlet) siteSource ??= verdict.outlet;
      if (verdict.date) date ??= verdict.date;
      // Stamps and tags above the story (an "Updated:" line under the headline) do not end it.
      if (verdict.footer && !inHeader) inFooter = true;
      // "Latest news" above the story is a menu item; only below the story's start does it head a link list.
      inRelated = (verdict.related ?? false) && !inHeader;
      // A bracketed credit alone on its line ("(Image: © …)") follows the caption it credits.
      if (verdict.reason === 'photo caption or credit' && text.startsWith('(')) markCaptionAbove(slots, i);
      continue;
    }
    // Above a saved page's story the headline window decides, not a menu item that reads "Latest news".
    if (inRelated && !(inStory && i < storyStart)) {
      if (isHeadlineLike(text, slot.words)) {
        slot.reason = 'related headlines';
        continue;
      }
      inRelated = false;
    }
    if (inStory && i > storyStart && !inStory[i]) {
      if (!slot.tabular) slot.reason = 'page footer';
      continue;
    }
    // Long prose without a full stop (a quote cut off by the scraper) is still story, even below the footer.
    if (inFooter && !slot.ended && slot.words <= 20 && !slot.tabular) {
      slot.reason = 'footer links';
      continue;
    }
    if (titleKey && keysOf(slot).key === titleKey) {
      slot.reason = 'title';
      continue;
    }
    if (inStory) inHeader = i < storyStart;
    else if (inHeader && isBodySentence(slot)) inHeader = false;
    if (!inHeader) continue;
    slot.header = true;
    if (
      !title &&
      (!window || (window.has(slot) && !text.includes(' | '))) &&
      isTitleCandidate(slot) &&
      !(sentenceKeys ??= collectSentenceKeys(slots)).has(keysOf(slot).key)
    ) {
      title = text;
      slot.reason = 'title';
      deckNext = inStory !== null;
    } else if (inStory && !(deckNext && !slot.ended && slot.words > 6)) {
      // Above a saved page's story only the headline and the deck right under it are the outlet's words.
      slot.reason = deckNext ? 'photo caption or label' : 'page header';
      deckNext = false;
    } else if (!slot.ended && slot.words <= 6 && !slot.tabular) {
      slot.reason = 'photo caption or label';
    }
  }
  markDuplicates(slots);

  const kept = slots.filter((s) => !s.reason).map((s) => s.text);
  const paragraphs = kept.map((p, i) => (i < 2 ? separateDateline(p) : p));
  const removed = slots.filter((s) => s.reason).map((s) => ({ text: s.text, reason: s.reason! }));
  wireSource ??= paragraphs[0] ? findInlineWireCredit(paragraphs[0]) : null;
  return { paragraphs, removed, title, wireSource, siteSource, date };
}

/** The short line just above a credit is its caption, not story. */
function markCaptionAbove(slots: Slot[], at: number): void {
  const above = slots[at - 1];
  if (above && !above.reason && !above.verbatim && above.words <= 20 && !above.tabular)
    above.reason = 'photo caption or credit';
}

import type { RemovedLine } from '../model';
import type { TextUnit } from './types';

/** One run of text a PDF draws: its string, baseline origin (points from bottom-left), width and font size. */
export type PdfTextItem = Readonly<{ text: string; x: number; y: number; width: number; size: number }>;

/** The text a PDF page draws, in content-stream order (which is often not reading order). */
export type PdfPageText = Readonly<{ width: number; height: number; items: readonly PdfTextItem[] }>;

/**
 * What the PDF reader hands core: the pages' text items and the Info title. Not the CreationDate: that is the
 * day the file was made (a browser's "print to PDF" makes it the import day), not the day the story ran.
 */
export type PdfContent = Readonly<{
  pages: readonly PdfPageText[];
  title: string | null;
}>;

/** Reading order, paragraphs, and the running heads and page numbers taken out. */
export type PdfLayout = Readonly<{
  units: readonly TextUnit[];
  removed: readonly RemovedLine[];
  /** The largest paragraph on page one when its type stands out from the body text: the headline. */
  headline: string | null;
  /** Every line in reading order, pages separated by a blank line: the "original" the reader can show. */
  rawText: string;
}>;

type Line = {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
  page: number;
  /** 0 left column, 1 right column, 2 spans the gutter (or the page has one column). */
  col: 0 | 1 | 2;
  section: number;
};

const PAGE_NUMBER = /^(?:page\s+)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/** The widest vertical band in the middle half of the page that (almost) no text crosses, or null. */
function findGutter(items: readonly PdfTextItem[], pageWidth: number): [number, number] | null {
  const width = Math.ceil(pageWidth);
  if (items.length < 6 || width < 50) return null;
  const cover = new Array<number>(width + 1).fill(0);
  for (const item of items) {
    const from = Math.max(0, Math.floor(item.x));
    const to = Math.min(width, Math.ceil(item.x + item.width));
    for (let x = from; x < to; x++) cover[x]!++;
  }
  const tolerance = Math.max(2, Math.floor(items.length * 0.05));
  let best: [number, number] | null = null;
  let start = -1;
  for (let x = Math.floor(width * 0.25); x <= Math.ceil(width * 0.75); x++) {
    const open = cover[x]! <= tolerance;
    if (open && start < 0) start = x;
    if ((!open || x === Math.ceil(width * 0.75)) && start >= 0) {
      if (!best || x - start > best[1] - best[0]) best = [start, x];
      start = -1;
    }
  }
  if (!best || best[1] - best[0] < 6) return null;
  const mid = (best[0] + best[1]) / 2;
  const left = items.filter((i) => i.x + i.width <= mid).length;
  const right = items.filter((i) => i.x >= mid).length;
  return left >= 3 && right >= 3 ? best : null;
}

function joinItems(items: readonly PdfTextItem[]): string {
  let text = '';
  let right = -Infinity;
  for (const item of items) {
    const gap = item.x - right;
    if (text && gap > item.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
    text += item.text;
    right = Math.max(right, item.x + item.width);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Groups a page's items into lines per column and puts them in reading order (sections, left, then right). */
function readPageLines(page: PdfPageText, pageIndex: number): Line[] {
  const items = page.items.filter((i) => i.text.trim() !== '');
  const gutter = findGutter(items, page.width);
  const mid = gutter ? (gutter[0] + gutter[1]) / 2 : 0;
  // Without a gutter the page is one column (0); with one, lines crossing it span both (2).
  const colOf = (i: PdfTextItem): 0 | 1 | 2 => (!gutter ? 0 : i.x + i.width <= mid ? 0 : i.x >= mid ? 1 : 2);
  const sorted = [...items].sort((a, b) => colOf(a) - colOf(b) || b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    const head = last?.[0];
    if (last && head && colOf(head) === colOf(item) && Math.abs(head.y - item.y) <= head.size * 0.3)
      last.push(item);
    else groups.push([item]);
  }
  const lines: Line[] = groups.map((g) => {
    const ordered = [...g].sort((a, b) => a.x - b.x);
    return {
      text: joinItems(ordered),
      x: ordered[0]!.x,
      y: g[0]!.y,
      right: Math.max(...g.map((i) => i.x + i.width)),
      size: Math.max(...g.map((i) => i.size)),
      page: pageIndex,
      col: colOf(g[0]!),
      section: 0,
    };
  });
  // Lines crossing the gutter (headline, running head, folio) cut the page into sections read top to bottom.
  const spans = lines.filter((l) => l.col === 2).sort((a, b) => b.y - a.y);
  const ordered: Line[] = [];
  let above = Infinity;
  let section = 0;
  for (const span of [...spans, null]) {
    const below = span ? span.y : -Infinity;
    for (const col of [0, 1] as const) {
      const inSection = lines
        .filter((l) => l.col === col && l.y < above && l.y >= below)
        .sort((a, b) => b.y - a.y);
      for (const l of inSection) ordered.push({ ...l, section });
    }
    section++;
    if (span) ordered.push({ ...span, section: section++ });
    above = below;
  }
  return ordered;
}

function comparableKey(line: Line): string {
  const text = line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
  return `${text}@${Math.round(line.y / 4)}`;
}

/** Drops running heads and feet (same text, give or take numbers, at the same height on most pages) and folios. */
function removeFurniture(
  pages: readonly PdfPageText[],
  lines: readonly Line[],
  removed: RemovedLine[],
): Line[] {
  const inBand = (l: Line): boolean => {
    const h = pages[l.page]?.height ?? 792;
    return l.y > h * 0.92 || l.y < h * 0.08;
  };
  const pagesWithKey = new Map<string, Set<number>>();
  for (const l of lines.filter(inBand)) {
    const key = comparableKey(l);
    pagesWithKey.set(key, (pagesWithKey.get(key) ?? new Set()).add(l.page));
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  return lines.filter((l) => {
    if (!inBand(l)) return true;
    if (PAGE_NUMBER.test(l.text)) {
      removed.push({ text: l.text, reason: 'page number' });
      return false;
    }
    if ((pagesWithKey.get(comparableKey(l))?.size ?? 0) >= needed) {
      removed.push({ text: l.text, reason: 'running header or footer' });
      return false;
    }
    return true;
  });
}

function medianOf(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

function joinLine(paragraph: string, next: string): string {
  if (/[\p{L}]-$/u.test(paragraph) && /^\p{Ll}/u.test(next)) return paragraph.slice(0, -1) + next;
  if (paragraph.endsWith('\u00AD')) return paragraph.slice(0, -1) + next;
  return `${paragraph} ${next}`;
}

/**
 * Turns a PDF's text items into paragraphs in reading order: lines are grouped per column (a gutter found
 * per page), running heads, feet and page numbers are dropped, hyphenated line breaks are joined and a
 * vertical gap wider than the line spacing, or a change of font size, starts a new paragraph.
 */
export function layoutPdfText(pages: readonly PdfPageText[]): PdfLayout {
  const all = pages.flatMap((p, i) => readPageLines(p, i));
  const rawText = pages
    .map((_, i) =>
      all
        .filter((l) => l.page === i)
        .map((l) => l.text)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
  const removed: RemovedLine[] = [];
  const lines = removeFurniture(pages, all, removed);
  const bodySize = medianOf(lines.map((l) => l.size));
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page === b.page && a.section === b.section && a.col === b.col && a.y > b.y) steps.push(a.y - b.y);
  }
  const step = medianOf(steps) || bodySize * 1.2;
  const paragraphs: { text: string; size: number; page: number }[] = [];
  let prev: Line | null = null;
  for (const line of lines) {
    const current = paragraphs[paragraphs.length - 1];
    let newParagraph = !prev || !current;
    if (prev && current) {
      const sameFlow = prev.page === line.page && prev.section === line.section && prev.col === line.col;
      const sizeChange = Math.abs(line.size - prev.size) > Math.max(prev.size, line.size) * 0.15;
      if (sizeChange) newParagraph = true;
      else if (sameFlow) newParagraph = prev.y - line.y > step * 1.4 || line.y > prev.y;
      // Across a column or page break a paragraph goes on unless the last line closed a sentence.
      else newParagraph = /[.!?:"”’)]$/.test(current.text);
    }
    if (newParagraph || !current) paragraphs.push({ text: line.text, size: line.size, page: line.page });
    else current.text = joinLine(current.text, line.text);
    prev = line;
  }
  const largest = paragraphs
    .filter((p) => p.page === 0)
    .reduce<(typeof paragraphs)[number] | null>((best, p) => (!best || p.size > best.size ? p : best), null);
  const headline = largest && bodySize > 0 && largest.size >= bodySize * 1.3 ? largest.text : null;
  return { units: paragraphs.map((p) => ({ text: p.text })), removed, headline, rawText };
}

/** The Info Title when it names the document rather than the tool ("Microsoft Word - x.docx", "untitled"). */
export function cleanPdfTitle(value: string | null): string | null {
  const title = value
    ?.replace(/^Microsoft (Word|PowerPoint) - /i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!title || /^(untitled|document\d*|unknown)$/i.test(title) || /\.(docx?|pdf|rtf|odt|indd)$/i.test(title))
    return null;
  return title;
}

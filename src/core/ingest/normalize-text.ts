import type { TextUnit } from './types';

/**
 * Normalises whitespace without rewriting characters: CRLF/CR → LF, NBSP and other space separators → space,
 * zero-width characters and stray controls dropped, lines trimmed, runs of spaces collapsed. Offsets in the
 * workbench refer to text built from these lines, so nothing else changes.
 */
export function normalizeLines(text: string): string[] {
  // Whole-text passes rather than one per line, and no pattern matches what it would leave as it is (a single
  // space, a bare line break): each match costs far more than scanning past it.
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- zero-width characters, BOMs and stray controls go
      .replace(/[\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '')
      .replace(/[^\S\n ][^\S\n]*| [^\S\n]+/g, ' ')
      .replace(/ \n ?|\n /g, '\n')
      .replace(/^ | $/g, '')
      .split('\n')
  );
}

const TERMINALS = '.!?…"”';
const DATE_LINE = /^date:?\s+\d{4}-\d{2}-\d{2}/i;

/**
 * Splits scraped plain text into paragraph candidates: one per non-empty line, except that a hard-wrapped
 * line (long, no closing punctuation, next line starting in lower case) is joined with the next one.
 */
export function splitTextUnits(text: string): TextUnit[] {
  const lines = normalizeLines(text);
  const units: TextUnit[] = [];
  let pending = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') {
      if (pending) units.push({ text: pending });
      pending = '';
      continue;
    }
    pending = pending ? `${pending} ${line}` : line;
    const next = lines[i + 1] ?? '';
    // "by Jane Doe" under a headline is a byline of its own, not the headline's wrapped end; a scraper's
    // " date 2024-02-28 Headline" line ends where it ends, whatever opens the lead under it ("(Bloomberg) --").
    const wrapped =
      line.length >= 40 &&
      !(units.length === 0 && pending === line && DATE_LINE.test(line)) &&
      !TERMINALS.includes(line.at(-1)!) &&
      /^[a-z(]/.test(next) &&
      !/^by \p{Lu}/u.test(next);
    if (!wrapped) {
      units.push({ text: pending });
      pending = '';
    }
  }
  if (pending) units.push({ text: pending });
  return units;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-./+&][\p{L}\p{N}]+)*/gu;

/** Counts words as runs of letters or digits (with inner apostrophes, hyphens or dots), as analysts do. */
export function countWords(text: string): number {
  // By `test`, which builds no match: `match` made an array of every word (~35 KB per 5 KB article).
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.test(text)) count++;
  return count;
}

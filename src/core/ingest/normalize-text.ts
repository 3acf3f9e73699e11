import type { TextUnit } from './types';

/**
 * Normalises whitespace without rewriting characters: CRLF/CR → LF, NBSP and other space separators → space,
 * zero-width characters and stray controls dropped, lines trimmed, runs of spaces collapsed. Offsets in the
 * workbench refer to text built from these lines, so nothing else changes.
 */
export function normalizeLines(text: string): string[] {
  return (
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/\u200B|\u200C|\u200D|\u2060|\uFEFF/g, '')
      // eslint-disable-next-line no-control-regex -- stray control characters are what this removes
      .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '')
      .split('\n')
      .map((line) => line.replace(/[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, ' ').trim())
  );
}

const TERMINAL = /[.!?…"”]$/;

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
    const wrapped = line.length >= 40 && !TERMINAL.test(line) && /^[a-z(]/.test(next);
    if (!wrapped) {
      units.push({ text: pending });
      pending = '';
    }
  }
  if (pending) units.push({ text: pending });
  return units;
}

/** Counts words as runs of letters or digits (with inner apostrophes, hyphens or dots), as analysts do. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-./+&][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

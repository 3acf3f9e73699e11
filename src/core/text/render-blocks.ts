import type { Span } from '../model';

/**
 * A piece of a paragraph small enough to lay out and paint in one go. `continued` is true for every block
 * after a paragraph's first, so a view can run them together without a paragraph gap.
 */
export type TextBlock = Readonly<{ start: number; end: number; continued: boolean }>;

/** Longest block before a paragraph is cut: a few screens of text, so a 5 MB paragraph is ~2,500 blocks. */
export const MAX_BLOCK = 3000;

// A sentence end: terminal punctuation, any closing quotes or brackets, then whitespace.
const SENTENCE_END = /[.!?…]["'”’»)\]]*\s+/g;

/** Where to cut `[from, limit]`: after the last sentence end that leaves at least `min` characters. */
function cutPoint(text: string, from: number, limit: number, min: number): number {
  // Search a copy of the window only: a regex on the whole text would run to its end when the window has no
  // sentence end, making a long unpunctuated paragraph quadratic.
  const slice = text.slice(from + min, limit + 1);
  let best = -1;
  for (const m of slice.matchAll(SENTENCE_END)) {
    const end = from + min + m.index + m[0].length;
    if (end > limit) break;
    best = end;
  }
  if (best > from) return best;
  // No sentence end: after the last whitespace run in the window.
  for (let i = limit - 1; i >= from + min; i--) {
    if (/\s/.test(text[i]!)) {
      let end = i + 1;
      while (end < limit && /\s/.test(text[end]!)) end++;
      return end;
    }
  }
  // One unbroken run (a long URL, a table of digits): cut anywhere, but never inside a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * The paragraphs of `text` as render blocks: a paragraph up to `max` characters is one block; a longer one is
 * cut into consecutive blocks of at most `max` characters, at sentence ends where it has them, else at
 * whitespace. Blocks cover each paragraph exactly (no gap, no overlap), so offsets inside them are offsets
 * into the text. Linear in the text's length whatever its paragraph shape.
 */
export function splitRenderBlocks(
  text: string,
  paragraphs: readonly Span[],
  max: number = MAX_BLOCK,
): TextBlock[] {
  const blocks: TextBlock[] = [];
  const min = Math.floor(max / 2);
  for (const [start, end] of paragraphs) {
    let at = start;
    while (end - at > max) {
      const cut = cutPoint(text, at, at + max, min);
      blocks.push({ start: at, end: cut, continued: at !== start });
      at = cut;
    }
    blocks.push({ start: at, end, continued: at !== start });
  }
  return blocks;
}

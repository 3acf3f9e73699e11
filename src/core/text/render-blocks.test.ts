import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './paragraphs';
import { MAX_BLOCK, splitRenderBlocks, type TextBlock } from './render-blocks';

/** Blocks must tile each paragraph exactly, in order, each within the limit. */
function expectTiling(text: string, blocks: readonly TextBlock[], max: number) {
  const paragraphs = splitParagraphs(text);
  let k = 0;
  for (const [start, end] of paragraphs) {
    let at = start;
    expect(blocks[k]!.continued).toBe(false);
    while (at < end) {
      const block = blocks[k++]!;
      expect(block.start).toBe(at);
      expect(block.end - block.start).toBeLessThanOrEqual(max);
      at = block.end;
    }
    expect(at).toBe(end);
  }
  expect(k).toBe(blocks.length);
}

describe('splitRenderBlocks', () => {
  it('keeps short paragraphs whole, one block each', () => {
    const text = 'The ferry left at noon.\n\nIt came back late.';
    expect(splitRenderBlocks(text, splitParagraphs(text), 100)).toEqual([
      { start: 0, end: 23, continued: false },
      { start: 25, end: 43, continued: false },
    ]);
  });

  it('cuts a long paragraph after sentence ends, every later block marked as continuing it', () => {
    const sentences = Array.from({ length: 40 }, (_, i) => `Council vote number ${i} passed “narrowly.”`);
    const text = sentences.join(' ');
    const blocks = splitRenderBlocks(text, splitParagraphs(text), 200);
    expect(blocks.length).toBeGreaterThan(5);
    expectTiling(text, blocks, 200);
    expect(blocks.slice(1).every((b) => b.continued)).toBe(true);
    // Every cut falls right after a closing quote and its space: the next block starts a sentence.
    for (const b of blocks.slice(1)) expect(text.slice(b.start)).toMatch(/^Council vote/);
  });

  it('falls back to whitespace, then to a hard cut that never splits a surrogate pair', () => {
    const words = 'lorem ipsum dolor sit amet '.repeat(50);
    const wordBlocks = splitRenderBlocks(words, splitParagraphs(words), 64);
    expectTiling(words, wordBlocks, 64);
    for (const b of wordBlocks.slice(1)) expect(words[b.start - 1]).toBe(' ');

    const emoji = 'x' + '😀'.repeat(200);
    const hard = splitRenderBlocks(emoji, splitParagraphs(emoji), 50);
    expectTiling(emoji, hard, 50);
    for (const b of hard) {
      const first = emoji.charCodeAt(b.start);
      expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
    }
  });

  it('tiles a 5 MB paragraph with no sentence end, ending in one unbroken run', () => {
    const text = 'word '.repeat(1_000_000) + 'a'.repeat(100_000);
    const blocks = splitRenderBlocks(text, [[0, text.length]]);
    expectTiling(text, blocks, MAX_BLOCK);
    expect(blocks.length).toBeLessThan(text.length / (MAX_BLOCK / 2));
  });
});

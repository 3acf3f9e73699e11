import { describe, expect, it } from 'vitest';
import { alignSentences } from './align';
import { buildSimilarityTable, type SentenceFeatures } from './vectors';

const sentence = (...words: string[]): SentenceFeatures => ({ words, strong: [] });

// Stems of sentences written for this test: a ferry delay split in two in one version, and a paragraph on a
// strike that the other version moved to the end.
const strike = sentence('dock', 'worker', 'strike', 'wage', 'union', 'vote', 'walkout', 'harbour');
const delayFirst = sentence('ferri', 'delay', 'hour', 'fog', 'port', 'crossing');
const delaySecond = sentence('ferri', 'delay', 'passeng', 'wait', 'terminal', 'coffe');
const delayWhole = sentence(
  ...['ferri', 'delay', 'hour', 'fog', 'port', 'crossing', 'passeng', 'wait', 'terminal', 'coffe'],
);

describe('alignSentences', () => {
  it('keeps a sentence split in two in order and marks the paragraph moved past it', () => {
    const pairs = alignSentences(
      buildSimilarityTable([strike, delayFirst, delaySecond], [delayWhole, strike]),
    );
    expect(pairs).toEqual([
      expect.objectContaining({ a: [0, 0], b: [1, 1], moved: true }),
      expect.objectContaining({ a: [1, 2], b: [0, 0], moved: false }),
    ]);
  });
});

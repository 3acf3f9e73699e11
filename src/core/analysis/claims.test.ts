import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/analysis';
import { detectClaims, findQuotes } from './claims';
import { findEntities } from './entities';
import { loadAnalysisModels } from './models';
import { splitSentences } from './sentences';
import { newsText } from './test-texts';

const { tagger } = await loadAnalysisModels();

const speaking = (x: Entity) => x.type === 'PERSON' || x.type === 'ORG';

/** The speaker rules applied by scanning every entity, as the engine did before it looked only nearby. */
function speakerByScan(text: string, start: number, end: number, entities: readonly Entity[]) {
  const after = entities.find(
    (x) =>
      x.start >= end &&
      x.start - end < 24 &&
      /^[,.]?\s*(?:\w+\s+)?$/.test(text.slice(end, x.start)) &&
      /\b(?:said|says|added|told)\b/.test(text.slice(end, x.end + 8)) &&
      speaking(x),
  );
  const before = entities.find(
    (x) =>
      x.end <= start &&
      start - x.end < 24 &&
      /^\s*(?:said|says|added|told [^:"“]*)[:,]?\s*$/.test(text.slice(x.end, start)) &&
      speaking(x),
  );
  return (after ?? before)?.canonical ?? null;
}

describe('findQuotes', () => {
  it('names the speaker on either side of a quote', () => {
    const text =
      'Priya Lal said: "We have nothing to hide." Later, "It was a good meeting," Lal told reporters.';
    const entities = findEntities(text, splitSentences(text), tagger);
    expect(findQuotes(text, entities).map((q) => q.speaker)).toEqual(['Priya Lal', 'Priya Lal']);
  });

  it('finds the same speakers as a scan of every entity', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const entities = findEntities(text, splitSentences(text), tagger);
        for (const q of findQuotes(text, entities))
          expect(q.speaker).toBe(speakerByScan(text, q.start, q.end, entities));
      }),
      { numRuns: 300 },
    );
  });
});

describe('detectClaims', () => {
  it('gives each claim exactly the quotes that overlap it', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const sentences = splitSentences(text);
        const entities = findEntities(text, sentences, tagger);
        const quotes = findQuotes(text, entities);
        for (const c of detectClaims(text, sentences, entities))
          expect(c.quotes).toEqual(quotes.filter((q) => q.start < c.end && c.start < q.end));
      }),
      { numRuns: 300 },
    );
  });
});

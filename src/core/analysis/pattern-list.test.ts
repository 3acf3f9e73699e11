import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOf, firstMatch, type PatternList } from './pattern-list';
import { newsText } from './test-texts';

// Patterns that overlap ("said" inside "sources said") and end-anchored ones, as the engine's lists have.
const PATTERNS: PatternList<string> = [
  [/\bsources said/, 'phrase'],
  [/\b(?:said|told)\b/, 'verb'],
  [/\d+\s+$/, 'number-before-end'],
  [/\bin\s+$/, 'in-before-end'],
];

describe('firstMatch', () => {
  it('finds the first pattern in list order that matches, with its match and meaning, as trying each does', () => {
    const any = anyOf(PATTERNS);
    fc.assert(
      fc.property(newsText, (s) => {
        const tried = PATTERNS.map(([re, meaning]) => [re.exec(s), meaning] as const).find(([m]) => m);
        const found = firstMatch(PATTERNS, any, s);
        expect(found && { index: found[0].index, text: found[0][0], meaning: found[1] }).toEqual(
          tried ? { index: tried[0]!.index, text: tried[0]![0], meaning: tried[1] } : null,
        );
      }),
      { numRuns: 500 },
    );
  });
});

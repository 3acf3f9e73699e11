import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { searchApprox } from './approx-search';

/** Smallest edit distance of `pattern` to any substring of `text` ending at each offset (plain DP). */
function bruteBestErrors(text: string, pattern: string): number {
  let prev = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let best = prev[pattern.length]!;
  for (let j = 1; j <= text.length; j++) {
    const cur = [0];
    for (let i = 1; i <= pattern.length; i++) {
      const cost = text[j - 1] === pattern[i - 1] ? 0 : 1;
      cur.push(Math.min(prev[i]! + 1, cur[i - 1]! + 1, prev[i - 1]! + cost));
    }
    prev = cur;
    best = Math.min(best, prev[pattern.length]!);
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

describe('searchApprox', () => {
  it('finds a sentence with a changed word', () => {
    const text = 'The council met on Monday. The mayor promised three new bridges by spring. Rain fell.';
    const [hit] = searchApprox(text, 'The mayor promised two new bridges by spring.', 8);
    expect(hit).toBeDefined();
    expect(text.slice(hit!.start, hit!.end)).toBe('The mayor promised three new bridges by spring.');
  });

  it('agrees with a plain dynamic programme on the best edit distance, for short and long patterns', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ');
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, minLength: 1, maxLength: 120 }),
        fc.string({ unit: alphabet, minLength: 1, maxLength: 70 }),
        (text, pattern) => {
          const expected = bruteBestErrors(text, pattern);
          const hits = searchApprox(text, pattern, pattern.length, 0, text.length, 1000);
          const best = Math.min(...hits.map((h) => h.errors));
          expect(best).toBe(expected);
          for (const h of hits) expect(editDistance(text.slice(h.start, h.end), pattern)).toBe(h.errors);
        },
      ),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDateFinder } from './dates';
import { createMatchIndex, firstOf, searchFrom } from './match-index';
import { createNumberFinder, findNumbers, numbersBySentence } from './numbers';
import { splitSentences } from './sentences';
import { newsText, textWithSpans } from './test-texts';

const brief = (m: RegExpExecArray | null) => m && { index: m.index, match: [...m] };

describe('createMatchIndex', () => {
  it('answers "first match at or after" as a fresh search from that offset does, in any order', () => {
    // Patterns whose matches overlap when searched from inside one ("1,000" from its "000").
    const patterns = [/\d+(?:,\d{3})*(?:\.\d+)?/g, /(?<=\bin\s+)\d{4}s?\b/g, /\b(?:said|May)\b|"[^"]*"/gi];
    fc.assert(
      fc.property(
        newsText,
        fc.constantFrom(...patterns),
        fc.array(fc.nat({ max: 2000 }), { maxLength: 30 }),
        (text, pattern, offsets) => {
          const index = createMatchIndex(pattern, text);
          const fresh = searchFrom(pattern, text);
          for (const raw of offsets) {
            const from = raw % (text.length + 1);
            expect(brief(index(from))).toEqual(brief(fresh(from)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('createMatchIndex on one pattern for two texts', () => {
  it('answers for each text as a fresh search does when the two are asked in turn', () => {
    const pattern = /\d+(?:,\d{3})*(?:\.\d+)?/g;
    fc.assert(
      fc.property(newsText, newsText, fc.array(fc.nat({ max: 2000 }), { maxLength: 30 }), (a, b, offsets) => {
        const indexes = [createMatchIndex(pattern, a), createMatchIndex(pattern, b)];
        const fresh = [searchFrom(pattern, a), searchFrom(pattern, b)];
        offsets.forEach((raw, i) => {
          const from = raw % ((i % 2 ? b : a).length + 1);
          expect(brief(indexes[i % 2]!(from))).toEqual(brief(fresh[i % 2]!(from)));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('firstOf', () => {
  it('answers as one regex joining the patterns with "|" does, earlier patterns winning a tie', () => {
    // Patterns that tie with different matches ("since 1999s": "1999s" and "1999") and overlap ("2023-01-05").
    const patterns = [
      /\d+(?:,\d{3})*/g,
      /(?<=\b(?:in|since)\s+)\d{4}s?\b/g,
      /\b\d{4}-\d{2}-\d{2}\b|\bMay\b/g,
    ];
    const orders = [patterns, [...patterns].reverse(), patterns.slice(1)];
    fc.assert(
      fc.property(
        newsText,
        fc.constantFrom(...orders),
        fc.array(fc.nat({ max: 2000 }), { maxLength: 30 }),
        (text, order, offsets) => {
          const first = firstOf(order.map((p) => createMatchIndex(p, text)));
          const joined = searchFrom(new RegExp(order.map((p) => p.source).join('|'), 'g'), text);
          for (const raw of offsets) {
            const from = raw % (text.length + 1);
            const [m, j] = [first(from), joined(from)];
            expect(m && { index: m.index, text: m[0] }).toEqual(j && { index: j.index, text: j[0] });
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('finders over a whole text', () => {
  it('find the same dates in each span as a search from the span start', () => {
    fc.assert(
      fc.property(textWithSpans, ([text, spans]) => {
        const once = createDateFinder(text);
        for (const span of spans) expect(once(span)).toEqual(createDateFinder(text, searchFrom)(span));
      }),
      { numRuns: 300 },
    );
  });

  it('find the same numbers in each span as findNumbers on that span alone', () => {
    fc.assert(
      fc.property(textWithSpans, ([text, spans]) => {
        const once = createNumberFinder(text);
        for (const span of spans) expect(once(span)).toEqual(findNumbers(text, span));
        expect(once()).toEqual(findNumbers(text));
      }),
      { numRuns: 300 },
    );
  });

  it("find each sentence's numbers, all at once, as findNumbers on that sentence alone", () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const sentences = splitSentences(text);
        expect(numbersBySentence(text, sentences)).toEqual(sentences.map((s) => findNumbers(text, s)));
      }),
      { numRuns: 300 },
    );
  });
});

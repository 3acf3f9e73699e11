import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestText } from './index';
import { normalizeLines } from './normalize-text';
import type { HtmlReader } from './types';

const readHtml: HtmlReader = () => null;
const deps = { readHtml };

const WORDS = [
  'council',
  'river',
  'budget',
  'officials',
  'said',
  'the',
  'new',
  'plan',
  'on',
  'Monday',
  'would',
  'cost',
];
const sentence = fc
  .tuple(
    fc.constantFrom('The', 'A', 'Officials', 'Residents'),
    fc.array(fc.constantFrom(...WORDS), { minLength: 6, maxLength: 25 }),
    fc.constantFrom('.', '?', '!', '."'),
  )
  .map(([first, words, end]) => `${first} ${words.join(' ')}${end}`);
const furniture = fc.constantFrom(
  'Sensex ( 0.42 %)',
  'Listen to This Article',
  'Click here to follow our WhatsApp channel',
  'Share',
  '5 min read Last Updated : Apr 2 2025 | 1:00 PM IST',
  'Twitter Icon',
  'HOT STOCKS',
);

describe('ingestText properties', () => {
  it('never throws and returns text made only of the input lines, without stray blank lines', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const outcome = ingestText(text, { fileName: 'x.txt' }, deps);
        if (!outcome.ok) return;
        const lines = new Set(normalizeLines(text));
        for (const article of outcome.articles) {
          expect(article.text).not.toMatch(/\n{3,}|^\s|\s$/);
          for (const p of article.text.split('\n\n')) {
            expect(p.split(' ').every((w) => [...lines].some((l) => l.includes(w)))).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every story sentence and drops known furniture wherever it is interleaved', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            sentence.map((s) => ({ s, story: true })),
            furniture.map((s) => ({ s, story: false })),
          ),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        (items) => {
          fc.pre(items.some((i) => i.story));
          const outcome = ingestText(
            ['Headline about the council plan', ...items.map((i) => i.s)].join('\n'),
            {},
            deps,
          );
          expect(outcome.ok).toBe(true);
          if (!outcome.ok) return;
          const paragraphs = outcome.articles[0]!.text.split('\n\n');
          for (const item of items) {
            if (item.story) expect(paragraphs).toContain(item.s);
            else expect(paragraphs).not.toContain(item.s);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

import fc from 'fast-check';

// Pieces of news text that the date, number and quote rules react to, including their awkward cases
// (dates inside numbers, "May" the verb, ranges, codes, a lookbehind year), for random texts.
const FRAGMENTS = [
  'Minister Ana Okafor', 'said', 'told reporters', 'Okafor said: ', 'Priya Lal told reporters ', ' Lindqvist added.', '"We will act now," ', '“Nothing changed at all,” ',
  'on Friday', 'last week', 'in 2023', 'since 1999s', 'July 4, 2021', 'Nov. 10, 2023', '10 November',
  '3 days ago', '2023-01-05', 'May', 'more than 50 people', '$2.5 million', 'between 5 and 10', '10-20',
  '26/11', '10:30', 'COVID-19', 'G20', '10th', 'about 1,200 troops', '12%', 'Rs 40 crore', 'a dozen',
  'one of the', 'five', '1,000,000.5', '2024', 'the Port Authority', 'in Lagos', 'U.S. officials',
  'Dr. J. K. Rowling', 'sources said', 'Lindqvist', 'the National Investigation Agency (NIA)', 'NIA',
  '.', '!', '?', ',', '\n', ' ', ' ', 'and', 'It', 'x', '1', '0', '-',
]; // prettier-ignore

/** Random news-like text: fragments joined by nothing or a space, so matches also run into each other. */
export const newsText = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom('', ' ')), { maxLength: 80 })
  .map((parts) => parts.map(([f, sep]) => f + sep).join(''));

/** A text with spans of it, in any order, overlapping or not: [start, end) with start ≤ end ≤ length. */
export const textWithSpans = newsText.chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.array(
      fc
        .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
        .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
      { maxLength: 20 },
    ),
  ),
);

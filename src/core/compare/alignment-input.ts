import type { CompareSide } from './compare-articles';

/**
 * `side` with only what `compareArticles` reads, for sending to a worker: less to copy there. A claim's
 * numbers and quotes are not read (alignment finds each sentence's numbers itself), nor the text's quotes.
 * Its own module, so the page can trim sides without loading the compare code.
 */
export function alignmentInput(side: CompareSide): CompareSide {
  const { sentences, entities, claims } = side.analysis;
  return {
    ...side,
    analysis: {
      sentences,
      entities,
      quotes: [],
      claims: claims.map((c) => ({ ...c, quotes: [], numbers: [] })),
    },
  };
}

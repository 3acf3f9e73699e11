// Public API of search: the full-text index over articles and notes, and matches with their snippets.
export {
  SearchIndex,
  keepPhraseHits,
  parseQuery,
  type SearchableArticle,
  type SearchHit,
} from './search-index';
export { matchOf, type SearchMatch } from './find-matches';
export { isPackedIndex, type PackedIndex } from './packed-index';
export { hasPhrase } from './phrase';
export { makeSnippet, type Snippet, type SnippetPart } from './snippet';

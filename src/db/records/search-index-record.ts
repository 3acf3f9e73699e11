import { isPackedIndex, type PackedIndex } from '../../core/search';
import { checkFields, isNumber, isObject, type Problems } from './checks';

/**
 * The search index as the search worker saved it, with a stamp per document it holds (an article's content
 * hash and title, a note's last edit time): on the next start the worker compares the stamps with the
 * database and indexes only what changed meanwhile, instead of rebuilding. One record, key `articles`.
 */
export type SavedSearchIndex = Readonly<{
  key: 'articles';
  /** The layout of `packed`; a saved index of another format is dropped and rebuilt. */
  format: number;
  /** The index in typed arrays, which IndexedDB stores and loads about as fast as a memory copy. */
  packed: PackedIndex;
  articles: Readonly<Record<string, string>>;
  notes: Readonly<Record<string, number>>;
  savedAt: number;
}>;

/** Problems of a saved search index record (an unsound one is ignored and the index rebuilt). */
export function validateSavedSearchIndex(value: unknown): Problems {
  return checkFields('saved search index', value, {
    key: (v) => v === 'articles',
    format: isNumber,
    packed: isPackedIndex,
    articles: isObject,
    notes: isObject,
    savedAt: isNumber,
  });
}

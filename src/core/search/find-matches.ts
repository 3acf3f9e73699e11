import type { SearchHit, SearchIndex } from './search-index';
import { makeSnippet, type Snippet } from './snippet';

/** One matching article, best first: the passage to show (from its text, else from a note) and where it is. */
export type SearchMatch = Readonly<{
  articleId: string;
  snippet: Snippet | null;
  /** True when the passage comes from an annotation note rather than the text. */
  fromNote: boolean;
}>;

/**
 * A hit with its snippet: from the article's `text` where a term occurs in it, else from its first matching
 * note (the index holds notes).
 */
export function matchOf(hit: SearchHit, text: string, index: SearchIndex): SearchMatch {
  const textSnippet = makeSnippet(text, hit.terms, hit.phrases);
  if (textSnippet) return { articleId: hit.articleId, snippet: textSnippet, fromNote: false };
  const note = hit.noteIds.length > 0 ? index.noteOf(hit.noteIds[0]!) : undefined;
  const noteSnippet = note ? makeSnippet(note.note, hit.terms, hit.phrases) : null;
  return {
    articleId: hit.articleId,
    snippet: noteSnippet && note ? { ...noteSnippet, start: note.start } : null,
    fromNote: !!noteSnippet,
  };
}

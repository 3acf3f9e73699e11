import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ArticleMeta } from '../../../core/model';
import { loadFilterFacts, loadSearchDocuments } from '../../../db/search-repo';
import { searchKeys } from '../../../lib/query-keys';
import { getSearchIndex } from '../../../lib/search/search-index';
import { makeSnippet, type Snippet } from '../../../lib/search/snippet';
import { matchesFilters, type SearchParams } from '../search-params';

/** One result: the article, the passage that matched (text or a note) and where to scroll. */
export type SearchResult = Readonly<{
  article: ArticleMeta;
  snippet: Snippet | null;
  /** True when the passage comes from an annotation note rather than the text. */
  fromNote: boolean;
}>;

async function runSearch(p: SearchParams): Promise<SearchResult[]> {
  const [index, facts] = await Promise.all([getSearchIndex(loadSearchDocuments), loadFilterFacts()]);
  const passing = new Map(facts.filter((f) => matchesFilters(f, p)).map((f) => [f.meta.id, f.meta]));
  if (!p.q) return [...passing.values()].map((article) => ({ article, snippet: null, fromNote: false }));
  const results: SearchResult[] = [];
  for (const hit of index.search(p.q)) {
    const article = passing.get(hit.articleId);
    if (!article) continue;
    const textSnippet = makeSnippet(index.textOf(hit.articleId) ?? '', hit.terms);
    const note = hit.noteIds.length > 0 ? index.noteOf(hit.noteIds[0]!) : undefined;
    const noteSnippet = !textSnippet && note ? makeSnippet(note.note, hit.terms) : null;
    results.push({
      article,
      snippet: textSnippet ?? (noteSnippet && note ? { ...noteSnippet, start: note.start } : null),
      fromNote: !textSnippet && !!noteSnippet,
    });
  }
  return results;
}

/** Query options for one search; the URL's parameters are its key, so a bookmarked search reruns. */
export const searchQuery = (p: SearchParams) =>
  queryOptions({
    queryKey: searchKeys.results(JSON.stringify(p)),
    queryFn: () => runSearch(p),
    staleTime: 0,
  });

/** Articles matching the query and filters, best first, with the passage to show. */
export function useSearch(p: SearchParams) {
  return useQuery(searchQuery(p));
}

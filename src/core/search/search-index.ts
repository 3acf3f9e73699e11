import MiniSearch, { type Options } from 'minisearch';
import type { Annotation } from '../model';

/** What the index needs of an article: its id, title and clean text. */
export type SearchableArticle = Readonly<{ id: string; title: string; text: string }>;

type SearchDoc = {
  id: string;
  kind: 'article' | 'note';
  articleId: string;
  title: string;
  text: string;
  annotationId: string | null;
};

/** One article that matched, with the annotations whose notes matched and the terms to mark. */
export type SearchHit = Readonly<{
  articleId: string;
  score: number;
  /** Matched words (as indexed) and quoted phrases, for snippets. */
  terms: readonly string[];
  inText: boolean;
  noteIds: readonly string[];
}>;

const PHRASE = /"([^"]+)"/g;

/** Splits a query into quoted phrases (must occur verbatim) and the words MiniSearch looks up. */
export function parseQuery(query: string): { phrases: string[]; words: string } {
  const phrases = [...query.matchAll(PHRASE)].map((m) => m[1]!.trim()).filter((p) => p.length > 0);
  return { phrases, words: query.replace(PHRASE, ' ').replace(/\s+/g, ' ').trim() };
}

/** The MiniSearch options of the index (a serialized index loads only with the same ones). */
export const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'text'],
  storeFields: ['kind', 'articleId', 'annotationId'],
  searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
};

/**
 * A full-text index over article titles and texts and annotation notes (with the quotes they annotate). It
 * is built once and then kept current one document at a time by the mutations that change the data, since
 * rebuilding 10,000 articles on each keystroke-sized edit would take seconds.
 */
export class SearchIndex {
  private readonly mini: MiniSearch<SearchDoc>;
  /** Texts of the articles indexed in this session (a loaded index has none: callers read them as needed). */
  private readonly texts = new Map<string, string>();
  private readonly notes = new Map<string, string>();
  private readonly noteTexts = new Map<string, { note: string; start: number }>();

  constructor(mini = new MiniSearch<SearchDoc>(INDEX_OPTIONS)) {
    this.mini = mini;
  }

  /** The index as JSON, to save and load instead of rebuilding. */
  toJSON(): string {
    return JSON.stringify(this.mini);
  }

  /**
   * An index loaded from `toJSON`'s output. It holds no texts, and no notes' texts until their annotations
   * are upserted again.
   */
  static fromJSON(json: string): SearchIndex {
    return new SearchIndex(MiniSearch.loadJSON<SearchDoc>(json, INDEX_OPTIONS));
  }

  /** Adds or replaces an article. */
  upsertArticle(article: SearchableArticle): void {
    const doc: SearchDoc = {
      id: `a:${article.id}`,
      kind: 'article',
      articleId: article.id,
      title: article.title,
      text: article.text,
      annotationId: null,
    };
    if (this.mini.has(doc.id)) this.mini.replace(doc);
    else this.mini.add(doc);
    this.texts.set(article.id, article.text);
  }

  /** Removes articles (and, since they went with them, their annotations' notes). */
  removeArticles(ids: readonly string[]): void {
    const gone = new Set(ids);
    for (const id of ids) if (this.mini.has(`a:${id}`)) this.mini.discard(`a:${id}`);
    for (const [noteId, articleId] of this.notes) {
      if (gone.has(articleId)) this.removeAnnotation(noteId);
    }
    for (const id of ids) this.texts.delete(id);
  }

  /** Ids of the indexed notes on any of `articleIds`. */
  noteIdsOf(articleIds: ReadonlySet<string>): string[] {
    return [...this.notes].flatMap(([noteId, articleId]) => (articleIds.has(articleId) ? [noteId] : []));
  }

  /** Adds or replaces an annotation's note (the quote it annotates is searchable with it). */
  upsertAnnotation(annotation: Annotation): void {
    const doc: SearchDoc = {
      id: `n:${annotation.id}`,
      kind: 'note',
      articleId: annotation.articleId,
      title: '',
      text: annotation.note,
      annotationId: annotation.id,
    };
    if (this.mini.has(doc.id)) this.mini.replace(doc);
    else this.mini.add(doc);
    this.notes.set(annotation.id, annotation.articleId);
    this.noteTexts.set(annotation.id, { note: annotation.note, start: annotation.target.position.start });
  }

  /** Removes an annotation's note. */
  removeAnnotation(id: string): void {
    if (this.mini.has(`n:${id}`)) this.mini.discard(`n:${id}`);
    this.notes.delete(id);
    this.noteTexts.delete(id);
  }

  /** An indexed annotation's note and where it sits in its article (for snippets and scrolling). */
  noteOf(id: string): { note: string; start: number } | undefined {
    return this.noteTexts.get(id);
  }

  /** The clean text of an indexed article (for snippets), or undefined. */
  textOf(articleId: string): string | undefined {
    return this.texts.get(articleId);
  }

  get size(): number {
    return this.mini.documentCount;
  }

  /**
   * Returns the articles matching every word (prefix and slightly fuzzy) of `query` in their title, text or
   * an annotation note, and every quoted phrase verbatim (any case) in their text or a note; best first.
   * Phrases are checked against the texts this index holds (see `searchWords` for a loaded index).
   */
  search(query: string): SearchHit[] {
    const { hits, phrases } = this.searchWords(query);
    return keepPhraseHits(hits, phrases, (id) => this.texts.get(id) ?? '');
  }

  /**
   * The articles matching the words of `query` (or, with phrases only, the phrases' words), best first, and
   * the quoted phrases left for the caller to check in the texts (`keepPhraseHits`).
   */
  searchWords(query: string): { hits: SearchHit[]; phrases: string[] } {
    const { phrases, words } = parseQuery(query);
    const lookup = words || phrases.join(' ');
    if (!lookup) return { hits: [], phrases };
    const byArticle = new Map<
      string,
      { score: number; terms: Set<string>; inText: boolean; noteIds: string[] }
    >();
    for (const r of this.mini.search(lookup)) {
      const articleId = r.articleId as string;
      const hit = byArticle.get(articleId) ?? { score: 0, terms: new Set(), inText: false, noteIds: [] };
      hit.score += r.score;
      for (const t of r.terms) hit.terms.add(t);
      if (r.kind === 'article') hit.inText = true;
      else hit.noteIds.push(r.annotationId as string);
      byArticle.set(articleId, hit);
    }
    const hits: SearchHit[] = [];
    for (const [articleId, hit] of byArticle)
      hits.push({
        articleId,
        score: hit.score,
        terms: [...hit.terms],
        inText: hit.inText,
        noteIds: hit.noteIds,
      });
    return { hits: hits.sort((a, b) => b.score - a.score), phrases };
  }
}

/** The hits whose text (from `textOf`) holds every phrase (any case), each with the phrases as terms to mark. */
export function keepPhraseHits(
  hits: readonly SearchHit[],
  phrases: readonly string[],
  textOf: (articleId: string) => string,
): SearchHit[] {
  if (phrases.length === 0) return [...hits];
  const lower = phrases.map((p) => p.toLowerCase());
  return hits.flatMap((hit) => {
    const text = textOf(hit.articleId).toLowerCase();
    return lower.every((p) => text.includes(p)) ? [{ ...hit, terms: [...hit.terms, ...phrases] }] : [];
  });
}

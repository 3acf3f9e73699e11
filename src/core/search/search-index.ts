import MiniSearch, { type Options } from 'minisearch';
import type { Annotation } from '../model';
import { packIndex, type PackedIndex } from './packed-index';
import { hasPhrase } from './phrase';
import {
  averageFieldLengths,
  expandTerm,
  scoreTerms,
  type PackedScores,
  type TermLookup,
} from './packed-search';

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
  /** The query's loose words (each matched a word or the start of one), for snippets. */
  terms: readonly string[];
  /** The query's quoted phrases (once checked in the text), for snippets. */
  phrases: readonly string[];
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

/** The fields' boosts by MiniSearch field id (title, text). */
const BOOST = [2, 1];
// Loose words match as prefixes and within a few edits; the words of a quoted phrase only exactly.
const LOOSE: TermLookup = { prefix: true, fuzzy: 0.15 };
const EXACT: TermLookup = { prefix: false, fuzzy: 0 };

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
const termsOf = (text: string) => tokenize(text.toLowerCase()).filter((t) => t.length > 0);

/** Per matching document, its score for one query term: packed documents by number, others by key. */
type TermScores = { packed: PackedScores | null; delta: Map<string, number> };

/**
 * A full-text index over article titles and texts and annotation notes (with the quotes they annotate). It
 * is kept current one document at a time by the mutations that change the data, since rebuilding 10,000
 * articles on each keystroke-sized edit would take seconds. Its bulk is a packed index (loaded as saved);
 * documents added or replaced since sit in a small MiniSearch beside it, and `pack` merges the two.
 */
export class SearchIndex {
  private mini = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  private base: PackedIndex | null;
  /** Packed document number by key, and those replaced or removed since it was packed. */
  private baseDocs = new Map<string, number>();
  private removed = new Set<number>();
  private averages: number[] = [];
  /** Texts of the articles indexed in this session (a loaded index has none: callers read them as needed). */
  private readonly texts = new Map<string, string>();
  private readonly notes = new Map<string, string>();
  private readonly noteTexts = new Map<string, { note: string; start: number }>();

  constructor(base: PackedIndex | null = null) {
    this.base = null;
    this.setBase(base);
  }

  private setBase(base: PackedIndex | null): void {
    this.base = base;
    this.baseDocs = new Map(base?.keys.map((key, d) => [key, d]));
    this.removed = new Set();
    this.averages = base ? averageFieldLengths(base) : [];
  }

  /**
   * The whole index packed, to save and load instead of rebuilding; from now on this index searches that
   * packed copy (holding no texts, and no notes' texts until their annotations are upserted again).
   */
  pack(): PackedIndex {
    const packed = packIndex(this.base, this.removed, this.mini);
    this.mini = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
    this.setBase(packed);
    return packed;
  }

  private has(key: string): boolean {
    const d = this.baseDocs.get(key);
    return this.mini.has(key) || (d !== undefined && !this.removed.has(d));
  }

  private discard(key: string): void {
    if (this.mini.has(key)) this.mini.discard(key);
    const d = this.baseDocs.get(key);
    if (d !== undefined) this.removed.add(d);
  }

  private put(doc: SearchDoc): void {
    this.discard(doc.id);
    this.mini.add(doc);
  }

  /** Adds or replaces an article. */
  upsertArticle(article: SearchableArticle): void {
    this.put({
      id: `a:${article.id}`,
      kind: 'article',
      articleId: article.id,
      title: article.title,
      text: article.text,
      annotationId: null,
    });
    this.texts.set(article.id, article.text);
  }

  /** Removes articles (and, since they went with them, their annotations' notes). */
  removeArticles(ids: readonly string[]): void {
    const gone = new Set(ids);
    for (const id of ids) this.discard(`a:${id}`);
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
    this.put({
      id: `n:${annotation.id}`,
      kind: 'note',
      articleId: annotation.articleId,
      title: '',
      text: annotation.note,
      annotationId: annotation.id,
    });
    this.notes.set(annotation.id, annotation.articleId);
    this.noteTexts.set(annotation.id, { note: annotation.note, start: annotation.target.position.start });
  }

  /** Removes an annotation's note. */
  removeAnnotation(id: string): void {
    this.discard(`n:${id}`);
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

  /** How many documents (articles and notes) the index holds. */
  get size(): number {
    return (this.base?.keys.length ?? 0) - this.removed.size + this.mini.documentCount;
  }

  /**
   * Returns the articles matching every word (prefix and slightly fuzzy) of `query` in their title, text or
   * an annotation note, and every quoted phrase as a phrase (any case) in their text or a note; best first.
   * Phrases are checked against the texts this index holds (see `searchWords` for a loaded index).
   */
  search(query: string): SearchHit[] {
    const { hits, phrases } = this.searchWords(query);
    return keepPhraseHits(
      hits,
      phrases,
      (id) => this.texts.get(id) ?? '',
      (id) => this.noteTexts.get(id)?.note ?? '',
    );
  }

  /** One query term's scores in the packed index and in the MiniSearch beside it. */
  private scoreTerm(term: string, lookup: TermLookup): TermScores {
    const packed =
      this.base && this.base.keys.length > this.removed.size
        ? scoreTerms(this.base, expandTerm(this.base, term, lookup), BOOST, this.stats(), this.removed)
        : null;
    const delta = new Map<string, number>();
    for (const r of this.mini.search(term, { ...lookup, combineWith: 'OR' }))
      delta.set(r.id as string, r.score);
    return { packed, delta };
  }

  private stats() {
    return { documentCount: this.size, averageFieldLength: this.averages };
  }

  /**
   * The articles matching every word of `query` and every word of its quoted phrases (or none when it has no
   * words), best first, and the quoted phrases left for the caller to check in the texts (`keepPhraseHits`).
   * A hit's terms are the loose words to mark; the phrases are added when they are checked.
   */
  searchWords(query: string): { hits: SearchHit[]; phrases: string[] } {
    const { phrases, words } = parseQuery(query);
    const loose = [...new Set(termsOf(words))];
    const exact = [...new Set(phrases.flatMap(termsOf))].filter((t) => !loose.includes(t));
    const scored = [
      ...loose.map((t) => this.scoreTerm(t, LOOSE)),
      ...exact.map((t) => this.scoreTerm(t, EXACT)),
    ];
    if (scored.length === 0) return { hits: [], phrases };
    // Every term must match one document (an article, or one note): sum over the terms, keep those in all.
    const documents: [key: string, articleId: string, score: number][] = [];
    const [first, ...rest] = scored;
    for (const d of first!.packed?.matched ?? []) {
      let total = first!.packed!.scores[d]!;
      for (const other of rest) total = other.packed!.scores[d]! > 0 ? total + other.packed!.scores[d]! : NaN;
      if (!Number.isNaN(total)) documents.push([this.base!.keys[d]!, this.base!.articleIds[d]!, total]);
    }
    for (const [key, score] of first!.delta) {
      let total = score;
      for (const other of rest) total += other.delta.get(key) ?? NaN;
      const stored = this.mini.getStoredFields(key);
      if (!Number.isNaN(total) && stored) documents.push([key, stored.articleId as string, total]);
    }
    const byArticle = new Map<string, { score: number; inText: boolean; noteIds: string[] }>();
    for (const [key, articleId, score] of documents) {
      const hit = byArticle.get(articleId) ?? { score: 0, inText: false, noteIds: [] };
      hit.score += score;
      if (key.startsWith('a:')) hit.inText = true;
      else hit.noteIds.push(key.slice(2));
      byArticle.set(articleId, hit);
    }
    const hits = [...byArticle].map(([articleId, hit]) => ({ articleId, terms: loose, phrases: [], ...hit }));
    return { hits: hits.sort((a, b) => b.score - a.score), phrases };
  }
}

/**
 * The hits whose text (from `textOf`) or one of whose matching notes (from `noteOf`) holds every phrase as a
 * phrase (`hasPhrase`), each with the phrases to mark.
 */
export function keepPhraseHits(
  hits: readonly SearchHit[],
  phrases: readonly string[],
  textOf: (articleId: string) => string,
  noteOf: (noteId: string) => string = () => '',
): SearchHit[] {
  if (phrases.length === 0) return [...hits];
  const holds = (text: string) => phrases.every((p) => hasPhrase(text, p));
  return hits.flatMap((hit) =>
    holds(textOf(hit.articleId)) || hit.noteIds.some((id) => holds(noteOf(id))) ? [{ ...hit, phrases }] : [],
  );
}

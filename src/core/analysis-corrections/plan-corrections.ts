import type { Correction, CorrectionAction, CorrectionScope } from '../model';

/** What the analyst asked for in the reader: an action on a span of one article, in a scope. */
export type CorrectionRequest = Readonly<{
  articleId: string;
  /** The article's clean text (an article-wide add looks for the span's words in it). */
  text: string;
  target: Correction['target'];
  start: number;
  end: number;
  action: CorrectionAction;
  scope: CorrectionScope;
  createdAt: number;
  /**
   * For an add everywhere in the library: where the span's words stand as whole words in each article's clean
   * text (article id → start offsets, from `findWholeWords`); without it the add holds in this article only.
   */
  inLibrary?: ReadonlyMap<string, readonly number[]>;
}>;

const WORD = /[\p{L}\p{N}]/u;

/** Start offsets of `phrase` in `text` as whole words (not inside a longer word). */
export function findWholeWords(text: string, phrase: string): number[] {
  const out: number[] = [];
  if (!phrase) return out;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) {
    const before = text[at - 1];
    const after = text[at + phrase.length];
    if ((before === undefined || !WORD.test(before)) && (after === undefined || !WORD.test(after)))
      out.push(at);
  }
  return out;
}

/**
 * The corrections to store for one request, which are undone together. Rejecting, retyping, confirming or
 * merging is one correction whose scope says where it holds (re-applied after every re-analysis). Adding a
 * missed entity in the whole article is one add per whole-word occurrence of its words, since an add names
 * a span; in the whole library, one per occurrence in every article `inLibrary` lists. Claims are corrected
 * one at a time.
 */
export function planCorrections(request: CorrectionRequest, newId: () => string): Correction[] {
  const { articleId, text, target, start, end, action, createdAt } = request;
  const words = text.slice(start, end);
  const scope: CorrectionScope = target === 'claim' ? 'mention' : request.scope;
  const one = (s: number, e: number, sc: CorrectionScope, inArticle = articleId): Correction => ({
    id: newId(),
    articleId: inArticle,
    target,
    start: s,
    end: e,
    text: words,
    action,
    createdAt,
    scope: sc,
  });
  if (action.kind !== 'add' || scope === 'mention') return [one(start, end, scope)];
  const where =
    scope === 'library' && request.inLibrary
      ? [...request.inLibrary]
      : [[articleId, findWholeWords(text, words)] as const];
  return where.flatMap(([id, starts]) => starts.map((at) => one(at, at + words.length, 'mention', id)));
}

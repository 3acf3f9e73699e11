import { anchorTarget, describeRange } from '../anchor';
import type { AnnotationTarget, Article } from '../model';
import type { ParsedAnnotation, ParsedWebAnnotations } from './web-annotation-parse';

/** An imported annotation placed on a stored article; the app dedupes and stores it. */
export type MatchedAnnotation = Readonly<{
  articleId: string;
  /** Described afresh from the article's text; `orphaned` when the source matched but the quote is gone. */
  target: AnnotationTarget;
  id: string | null;
  note: string;
  labelName: string | null;
  tagNames: readonly string[];
  created: number | null;
  modified: number | null;
  /** 'source' when the target's URL or text hash named the article, 'quote' when found by searching. */
  matchedBy: 'source' | 'quote';
}>;

export type UnmatchedAnnotation = Readonly<{ annotation: ParsedAnnotation; reason: string }>;

export type ImportMatch = Readonly<{ matched: MatchedAnnotation[]; unmatched: UnmatchedAnnotation[] }>;

function toTarget(p: ParsedAnnotation): AnnotationTarget {
  const position = p.position ?? { type: 'TextPositionSelector', start: 0, end: 0 };
  const quote = p.quote ?? { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' };
  return { quote, position, orphaned: false };
}

/** Places a parsed target in `text`: by quote (anchoring rules), or by position alone when it has no quote. */
function place(text: string, p: ParsedAnnotation): AnnotationTarget | null {
  if (p.quote) {
    const found = anchorTarget(text, toTarget(p));
    return found ? describeRange(text, found.start, found.end) : null;
  }
  const pos = p.position!;
  return pos.start < pos.end && pos.end <= text.length ? describeRange(text, pos.start, pos.end) : null;
}

/**
 * Finds the stored article of each imported annotation: by target source (article URL or
 * `urn:sha256:<contentHash>`), else by searching every article for the quote with its context; then
 * re-anchors it in that article's text. An annotation whose source matches but whose quote is gone comes back
 * orphaned rather than lost; one with neither is returned unmatched with the reason.
 */
export function matchImportedAnnotations(
  parsed: ParsedWebAnnotations,
  articles: readonly Article[],
): ImportMatch {
  const bySource = new Map<string, Article[]>();
  for (const a of articles) {
    for (const key of [a.url, `urn:sha256:${a.contentHash}`]) {
      if (key) bySource.set(key, [...(bySource.get(key) ?? []), a]);
    }
  }
  const matched: MatchedAnnotation[] = [];
  const unmatched: UnmatchedAnnotation[] = [];
  for (const p of parsed.annotations) {
    const rest = {
      id: p.id,
      note: p.note,
      labelName: p.labelName,
      tagNames: p.tagNames,
      created: p.created,
      modified: p.modified,
    };
    const named = p.source ? (bySource.get(p.source) ?? []) : [];
    const hit = named.map((a) => ({ a, t: place(a.text, p) })).find((x) => x.t !== null);
    if (hit) {
      matched.push({ articleId: hit.a.id, target: hit.t!, matchedBy: 'source', ...rest });
      continue;
    }
    if (named.length > 0) {
      const { text } = named[0]!;
      const { quote, position } = toTarget(p);
      // The position is kept as a hint only, and never past the end of the text.
      const [start, end] = [position.start, position.end].map((n) => Math.min(n, text.length));
      matched.push({
        articleId: named[0]!.id,
        target: { quote, position: { ...position, start: start!, end: end! }, orphaned: true },
        matchedBy: 'source',
        ...rest,
      });
      continue;
    }
    const found = p.quote ? findByQuote(articles, p) : null;
    if (found) matched.push({ ...found, matchedBy: 'quote', ...rest });
    else
      unmatched.push({ annotation: p, reason: 'no stored article has this source or contains this quote' });
  }
  return { matched, unmatched };
}

/** The article holding the quote, preferring one that also holds its prefix and suffix verbatim. */
function findByQuote(
  articles: readonly Article[],
  p: ParsedAnnotation,
): { articleId: string; target: AnnotationTarget } | null {
  const q = p.quote!;
  if (q.exact === '') return null;
  const holding = articles.filter((a) => a.text.includes(q.exact));
  const best = holding.find((a) => a.text.includes(q.prefix + q.exact + q.suffix)) ?? holding[0];
  const target = best ? place(best.text, p) : null;
  return best && target ? { articleId: best.id, target } : null;
}

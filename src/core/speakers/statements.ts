import type { Analysis, Attribution, AttributionKind, Span } from '../model';

/** One statement a speaker makes in an article: a claim's sentence or a quote outside the claims. */
export type Statement = Readonly<{
  articleId: string;
  start: number;
  end: number;
  kind: AttributionKind | null;
  /** The cue ("said", "told", "according to"), when the statement has one. */
  cue: string | null;
  quote: boolean;
}>;

const overlaps = (a: Span, s: number, e: number) => a[0] < e && s < a[1];

/** A claim or quote as a statement of the article it is in. */
function toStatement(
  articleId: string,
  { start, end, attribution }: Readonly<{ start: number; end: number; attribution: Attribution | null }>,
  quote: boolean,
): Statement {
  return { articleId, start, end, kind: attribution?.kind ?? null, cue: attribution?.text ?? null, quote };
}

/**
 * What the speaker named `canonical` says in one analysis: claims attributed to them, then quotes of theirs
 * that lie outside those claims, in text order.
 */
export function listStatements(analysis: Analysis, canonical: string): Statement[] {
  const theirs = <T extends Readonly<{ speaker: Readonly<{ canonical: string }> | null }>>(
    all: readonly T[],
  ) => all.filter((x) => x.speaker?.canonical === canonical);
  const claims = theirs(analysis.claims).map((c) => toStatement(analysis.articleId, c, false));
  const quotes = theirs(analysis.quotes)
    .filter((q) => !claims.some((s) => overlaps([s.start, s.end], q.start, q.end)))
    .map((q) => toStatement(analysis.articleId, q, true));
  return [...claims, ...quotes].sort((x, y) => x.start - y.start);
}

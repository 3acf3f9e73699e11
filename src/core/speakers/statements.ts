import type { Analysis, AttributionKind, Span } from '../model';

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

/**
 * What the speaker named `canonical` says in one analysis: claims attributed to them, then quotes of theirs
 * that lie outside those claims, in text order.
 */
export function listStatements(analysis: Analysis, canonical: string): Statement[] {
  const out: Statement[] = [];
  for (const c of analysis.claims) {
    if (c.speaker?.canonical !== canonical) continue;
    const a = c.attribution;
    out.push({
      articleId: analysis.articleId,
      start: c.start,
      end: c.end,
      kind: a?.kind ?? null,
      cue: a?.text ?? null,
      quote: false,
    });
  }
  for (const q of analysis.quotes) {
    if (q.speaker?.canonical !== canonical) continue;
    if (out.some((s) => overlaps([s.start, s.end], q.start, q.end))) continue;
    const a = q.attribution;
    out.push({
      articleId: analysis.articleId,
      start: q.start,
      end: q.end,
      kind: a?.kind ?? null,
      cue: a?.text ?? null,
      quote: true,
    });
  }
  return out.sort((x, y) => x.start - y.start);
}

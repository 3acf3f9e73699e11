// Scores speaker and cue spans against gold: exact character spans, precision and recall.
import type { Quote, TextAnalysis } from '../../src/core/model';

export type SpanCounts = { tp: number; fp: number; fn: number };
export type AttributionScores = {
  speaker: SpanCounts;
  cue: SpanCounts;
  quoteSpeaker: SpanCounts;
  kind: SpanCounts;
};

/** A news case in test-data/attribution: sentences and quotes located by their first words. */
export type AttributionCase = Readonly<{
  text: string;
  claims: ReadonlyArray<
    Readonly<{ sentence: string; cue: string | null; speaker: string | null; kind: string | null }>
  >;
  quotes: ReadonlyArray<Readonly<{ quote: string; speaker: string | null }>>;
}>;

export const emptyScores = (): AttributionScores => ({
  speaker: { tp: 0, fp: 0, fn: 0 },
  cue: { tp: 0, fp: 0, fn: 0 },
  quoteSpeaker: { tp: 0, fp: 0, fn: 0 },
  kind: { tp: 0, fp: 0, fn: 0 },
});

/** Counts one predicted span against one gold span (either may be missing). */
export function count(c: SpanCounts, gold: string | null, predicted: string | null): void {
  if (gold !== null && predicted === gold) c.tp++;
  else {
    if (gold !== null) c.fn++;
    if (predicted !== null) c.fp++;
  }
}

function locate(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not found`);
  return at;
}

const key = (start: number, end: number) => `${start}:${end}`;

/** Adds one case's counts: claims' speaker and cue spans and kinds, quotes' speaker spans. */
export function scoreAttributionCase(
  gold: AttributionCase,
  analysis: TextAnalysis,
  into: AttributionScores,
): void {
  const { text } = gold;
  for (const g of gold.claims) {
    const start = locate(text, g.sentence);
    const sentenceEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const claim = analysis.claims.find((c) => c.start === start);
    const span = (needle: string | null) => {
      if (needle === null) return null;
      const at = locate(text, needle, start);
      if (at >= sentenceEnd) throw new Error(`"${needle}" not in its sentence`);
      return key(at, at + needle.length);
    };
    count(into.speaker, span(g.speaker), claim?.speaker ? key(claim.speaker.start, claim.speaker.end) : null);
    const a = claim?.attribution ?? null;
    count(into.cue, span(g.cue), a ? key(a.start, a.end) : null);
    count(into.kind, g.kind, a?.kind ?? null);
  }
  for (const g of gold.quotes) {
    const start = locate(text, g.quote);
    const q: Quote | undefined = analysis.quotes.find((x) => x.start === start);
    const goldSpan = g.speaker === null ? null : locateNear(text, g.speaker, start);
    count(into.quoteSpeaker, goldSpan, q?.speaker ? key(q.speaker.start, q.speaker.end) : null);
  }
}

/** The occurrence of `needle` nearest to `at` (a quote's speaker may stand before or after it). */
function locateNear(text: string, needle: string, at: number): string {
  let best = -1;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1))
    if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i;
  if (best < 0) throw new Error(`"${needle}" not found`);
  return key(best, best + needle.length);
}

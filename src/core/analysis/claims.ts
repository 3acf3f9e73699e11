import type { Claim, Entity, NumberMention, Quote, Span } from '../model/analysis';
import { attributeText } from './attribution/attribute-text';
import { splitsIntoAtLeast } from './chars';
import { sentenceBuckets } from './claim-features';
import { scoreClaim, type ClaimModel } from './claim-model';
import { findHedge } from './hedges';
import { numbersBySentence } from './numbers';
import { partitionPoint } from './partition-point';
import { pushAll } from './push-all';

const TERMINATED = /[.!"”’']$/;
const BOILERPLATE =
  /\b(?:copyright|all rights reserved|subscribe|click here|read more|also read|follow us|sign up|newsletter|cookies?|advertisement|download the app)\b|©/i;

/** Claims and quotes of a text. */
export type ClaimsAndQuotes = Readonly<{ claims: Claim[]; quotes: Quote[] }>;

/** The items of `sorted` (by start, not overlapping) that overlap `[s, e)`. */
function overlapping<T extends { start: number; end: number }>(
  sorted: readonly T[],
  s: number,
  e: number,
): T[] {
  const out: T[] = [];
  for (let k = partitionPoint(sorted.length, (i) => sorted[i]!.end <= s); k < sorted.length; k++) {
    if (sorted[k]!.start >= e) break;
    out.push(sorted[k]!);
  }
  return out;
}

// A wire or newspaper dateline: a place in capitals, perhaps more places or a date after commas, perhaps a
// credit in brackets, then a dash or a colon.
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}'’.-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’.-]+)*(?:,(?:\s+[\p{Lu}\d][\p{L}\p{M}\d.'’-]*)+)*(?:\s*\([^()\n]{2,40}\))?\s*(?:[-–—]{1,2}|:)\s+/u;

/**
 * The statements of `text` (whole declarative sentences of four words or more, not boilerplate), each with
 * its check-worthiness score from `model`, its source (cue, speaker, kind), hedge, quotes and numbers; and
 * every direct quote with its speaker. `numbers` are each sentence's numbers, when the caller has them.
 */
export function detectClaims(
  text: string,
  sentences: readonly Span[],
  entities: readonly Entity[],
  model: ClaimModel,
  numbers: readonly (readonly NumberMention[])[] = numbersBySentence(text, sentences),
): ClaimsAndQuotes {
  // A dateline opening the story ("KISUMU, Kenya, March 3 (Reuters) -", "MUMBAI:") is no part of its claim,
  // nor of the clause its speaker opens.
  const spans = sentences.map(([s, e]): Span => {
    const dateline = DATELINE.exec(text.slice(s, Math.min(e, s + 120)));
    return dateline ? [s + dateline[0].length, e] : [s, e];
  });
  const attributed = attributeText(text, spans, entities);
  const claims: Claim[] = [];
  for (const [index, [s, e]] of spans.entries()) {
    const sentence = text.slice(s, e);
    if (!TERMINATED.test(sentence) || !splitsIntoAtLeast(sentence, 4) || BOILERPLATE.test(sentence)) continue;
    const found = attributed.sentences[index] ?? null;
    const hedge = findHedge(sentence);
    const sentenceNumbers = numbers[index]!;
    const own = overlapping(entities, s, e);
    const buckets = sentenceBuckets(
      sentence,
      {
        entityTypes: pushAll(own, (x) => x.type),
        numberCount: sentenceNumbers.length,
        attribution: found?.attribution.kind ?? null,
        hedged: hedge !== null,
      },
      model.bits,
    );
    claims.push({
      start: s,
      end: e,
      score: Math.round(scoreClaim(model, buckets) * 1000) / 1000,
      attribution: found?.attribution ?? null,
      speaker: found?.speaker ?? null,
      hedge,
      quotes: overlapping(attributed.quotes, s, e),
      numbers: sentenceNumbers,
    });
  }
  caveatPrevious(text, claims);
  return { claims, quotes: attributed.quotes };
}

// "The figures could not be independently verified.", "Reuters was unable to confirm the report.": the
// caveat hedges the claim just before it, in its paragraph.
const UNVERIFIED =
  /\b(?:could not|cannot|can ?not|couldn['’]t|was unable to|were unable to|has not been able to|have not been able to)\s+(?:be\s+)?(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?)\b/i;

/** Gives an unhedged claim the caveat of the sentence right after it that doubts it. */
function caveatPrevious(text: string, claims: Claim[]): void {
  for (let i = 1; i < claims.length; i++) {
    const previous = claims[i - 1]!;
    if (previous.hedge !== null || text.slice(previous.end, claims[i]!.start).includes('\n')) continue;
    const caveat = UNVERIFIED.exec(text.slice(claims[i]!.start, claims[i]!.end));
    if (caveat) claims[i - 1] = { ...previous, hedge: caveat[0] };
  }
}

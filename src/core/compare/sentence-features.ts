import { createNumberFinder } from '../analysis';
import type { Claim, Entity, NumberMention, Span, TextAnalysis } from '../model';
import type { SentenceFeatures } from './vectors';
import { nameKey } from './names';
import { findSpeakerStems } from './speaker-words';
import { collectContentStems } from './words';

/** Each sentence of an article with its numbers and entities, found once and reused by every step. */
export type SentenceInfo = Readonly<{
  span: Span;
  numbers: readonly NumberMention[];
  entities: readonly Entity[];
  /** Claims overlapping the sentence. */
  claims: readonly Claim[];
  features: SentenceFeatures;
}>;

/** Index of the sentence containing `offset` (sentences sorted by start), or -1. */
function findSentence(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = sentences[mid]!;
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Describes every sentence of an analysed text for alignment: content-word stems and numbers (by
 * normalised value; a changed number must not unpair a fact), plus entity canonicals as strong features.
 */
export function describeSentences(text: string, analysis: TextAnalysis): SentenceInfo[] {
  const byIndex: Entity[][] = analysis.sentences.map(() => []);
  for (const e of analysis.entities) {
    const k = findSentence(analysis.sentences, e.start);
    if (k >= 0) byIndex[k]!.push(e);
  }
  const claimsOf: Claim[][] = analysis.sentences.map(() => []);
  for (const c of analysis.claims) {
    const first = findSentence(analysis.sentences, c.start);
    if (first < 0) continue;
    for (let k = first; k < analysis.sentences.length && analysis.sentences[k]![0] < c.end; k++)
      claimsOf[k]!.push(c);
  }
  const findNumbers = createNumberFinder(text);
  return analysis.sentences.map((span, k) => {
    const numbers = findNumbers(span);
    const entities = byIndex[k]!;
    // Number words are left to the number features, so "three" and "3" count once and alike.
    let plain = text.slice(span[0], span[1]);
    for (const n of numbers) {
      const [s, e] = [n.start - span[0], n.end - span[0]];
      plain = plain.slice(0, s) + ' '.repeat(e - s) + plain.slice(e);
    }
    const words = [
      ...collectContentStems(plain),
      ...numbers.flatMap((n) => (n.value === null ? [] : [`#${n.value}`])),
    ];
    // Dates ("Friday") recur across unrelated facts of one story, so only names are strong.
    const names = entities.filter((e) => e.type !== 'NUMBER' && e.type !== 'DATE');
    // Keys fold spellings of one name ("U.S."/"United States"), so two versions share the feature.
    const strong = names.map((e) => `@${nameKey(e.canonical)}`);
    // The cue ("said") and the speaker ("Club spokeswoman Ines Payton") say who speaks, not what about.
    const sources = claimsOf[k]!.flatMap((c) => [
      ...(c.attribution ? [c.attribution] : []),
      ...(c.speaker ? [c.speaker] : []),
    ]);
    const inSource = (start: number, end: number) => sources.some((x) => start >= x.start && end <= x.end);
    const speaker = [
      ...sources.flatMap((x) => collectContentStems(x.text)),
      ...findSpeakerStems(text.slice(span[0], span[1])),
      ...names.filter((e) => inSource(e.start, e.end)).map((e) => `@${nameKey(e.canonical)}`),
    ];
    return { span, numbers, entities, claims: claimsOf[k]!, features: { words, strong, speaker } };
  });
}

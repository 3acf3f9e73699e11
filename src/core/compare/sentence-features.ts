import { findNumbers } from '../analysis';
import type { Entity, NumberMention, Span, TextAnalysis } from '../model';
import type { SentenceFeatures } from './vectors';
import { collectContentStems } from './words';

/** Each sentence of an article with its numbers and entities, found once and reused by every step. */
export type SentenceInfo = Readonly<{
  span: Span;
  numbers: readonly NumberMention[];
  entities: readonly Entity[];
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
 * Describes every sentence of an analysed text for alignment: content-word stems, plus numbers (by
 * normalised value) and entity canonicals as strong features, since they pin down which fact it is.
 */
export function describeSentences(text: string, analysis: TextAnalysis): SentenceInfo[] {
  const byIndex: Entity[][] = analysis.sentences.map(() => []);
  for (const e of analysis.entities) {
    const k = findSentence(analysis.sentences, e.start);
    if (k >= 0) byIndex[k]!.push(e);
  }
  return analysis.sentences.map((span, k) => {
    const numbers = findNumbers(text, span);
    const entities = byIndex[k]!;
    const strong = [
      ...numbers.flatMap((n) => (n.value === null ? [] : [`#${n.value}`])),
      ...entities.filter((e) => e.type !== 'NUMBER').map((e) => `@${e.canonical.toLowerCase()}`),
    ];
    return {
      span,
      numbers,
      entities,
      features: { words: collectContentStems(text.slice(span[0], span[1])), strong },
    };
  });
}

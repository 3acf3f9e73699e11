import type { Entity, Span } from '../../model/analysis';
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from '../lexicon/titles';
import { partitionPoint } from '../partition-point';

type Gender = 'm' | 'f';

const MALE_TITLE = new RegExp(`\\b(?:${MALE_HONORIFICS.join('|')})\\.?\\s+$`);
const FEMALE_TITLE = new RegExp(`\\b(?:${FEMALE_HONORIFICS.join('|')})\\.?\\s+$`);
const POSSESSIVE = /^['’](?:s\b|\s)/;
// How far back a pronoun looks for the person it stands for.
const REACH = 1500;

/**
 * Resolves "he", "she" and "it" to the nearest fitting named entity before them: people for "he" and "she"
 * (skipping one known, from a title or an earlier pronoun, to be of the other gender), organisations for "it".
 * A name inside a quotation (`quotes`, sorted) is someone the speaker talks about, never what a pronoun
 * outside it stands for: in '"We owe Ruiz a lot," she said' she is not Ruiz.
 * Genders learnt from resolved pronouns stay for later ones, so calls must come in text order.
 */
export function createPronounResolver(
  text: string,
  entities: readonly Entity[],
  quotes: readonly Span[] = [],
) {
  const genders = new Map<string, Gender>();
  for (const e of entities) {
    if (e.type !== 'PERSON' || genders.has(e.canonical)) continue;
    const before = text.slice(Math.max(0, e.start - 12), e.start);
    if (MALE_TITLE.test(before)) genders.set(e.canonical, 'm');
    else if (FEMALE_TITLE.test(before)) genders.set(e.canonical, 'f');
  }
  return (pronoun: string, at: number): Entity | null => {
    const p = pronoun.toLowerCase();
    const want: Gender | null = p === 'he' ? 'm' : p === 'she' ? 'f' : null;
    const type = want ? 'PERSON' : 'ORG';
    // The quotation the pronoun stands in, if any: names inside it are fair game there.
    const own = partitionPoint(quotes.length, (i) => quotes[i]![1] <= at);
    const within = own < quotes.length && quotes[own]![0] <= at ? quotes[own] : undefined;
    let q = own - 1;
    for (let k = partitionPoint(entities.length, (i) => entities[i]!.end <= at) - 1; k >= 0; k--) {
      const e = entities[k]!;
      if (at - e.end > REACH) return null;
      if (e.type !== type) continue;
      while (q >= 0 && quotes[q]![0] > e.start) q--;
      const quoted = q >= 0 && quotes[q]![1] >= e.end && quotes[q] !== within;
      // A possessive names whose something is meant ("reminded them of Sharif's promise. "…," he said"): the
      // pronoun's person is the one acting, not the one owning.
      if (quoted || POSSESSIVE.test(text.slice(e.end, e.end + 3))) continue;
      const known = genders.get(e.canonical);
      if (want && known && known !== want) continue;
      if (want && !known) genders.set(e.canonical, want);
      return e;
    }
    return null;
  };
}

export type PronounResolver = ReturnType<typeof createPronounResolver>;

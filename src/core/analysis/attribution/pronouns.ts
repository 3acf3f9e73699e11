import type { Entity, Span } from '../../model/analysis';
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from '../lexicon/titles';
import { partitionPoint } from '../partition-point';

type Gender = 'm' | 'f';

const MALE_TITLE = new RegExp(`\\b(?:${MALE_HONORIFICS.join('|')})\\.?\\s+$`);
const FEMALE_TITLE = new RegExp(`\\b(?:${FEMALE_HONORIFICS.join('|')})\\.?\\s+$`);
const POSSESSIVE = /^['’](?:s\b|\s)/;
// How far back a pronoun looks for the person it stands for.
const REACH = 1500;
// How many sentences on "it said" still stands for the organisation that spoke last.
const BODY_REACH = 3;

/** Someone who spoke without a name ("A shop assistant, who did not want to be named, told …"). */
export type UnnamedPerson = Readonly<{ unnamed: true; canonical: string; body?: boolean }>;

/** Resolves a speaking "he", "she" or "it" at `at`; told who spoke in each sentence, in text order. */
export type PronounResolver = {
  (pronoun: string, at: number): Entity | UnnamedPerson | null;
  /**
   * Who spoke in sentence `index` (of the `sentences` given): a person, named or not, or an organisation; null
   * for none.
   */
  spoke(index: number, speaker: Entity | UnnamedPerson | null): void;
};

/**
 * Resolves "he", "she" and "it" to the nearest fitting named entity before them: people for "he" and "she"
 * (skipping one known, from a title or an earlier pronoun, to be of the other gender), organisations for "it".
 * The person who spoke in the sentence just before comes first, named or not: in 'Mohammed argued that
 * President Buhari's critics were wrong. He said …' he is Mohammed; after 'A cashier, who asked not to be
 * named, said the men wore masks.' she is the cashier, not the detective named before. A name inside a quotation (`quotes`, sorted) is someone the
 * speaker talks about, never what a pronoun outside it stands for: in '"We owe Ruiz a lot," she said' she is
 * not Ruiz. Genders learnt from resolved pronouns stay for later ones, so calls must come in text order.
 */
export function createPronounResolver(
  text: string,
  entities: readonly Entity[],
  quotes: readonly Span[] = [],
  sentences: readonly Span[] = [],
): PronounResolver {
  const genders = new Map<string, Gender>();
  for (const e of entities) {
    if (e.type !== 'PERSON' || genders.has(e.canonical)) continue;
    const before = text.slice(Math.max(0, e.start - 12), e.start);
    if (MALE_TITLE.test(before)) genders.set(e.canonical, 'm');
    else if (FEMALE_TITLE.test(before)) genders.set(e.canonical, 'f');
  }
  let lastSpeaker: Readonly<{ index: number; person: Entity | UnnamedPerson }> | null = null;
  // The last organisation that spoke: "it said" a few sentences on is still that organisation, not one the
  // sentences between merely named ("Veritex reported … It relies on Amazon Web Services … it said").
  let lastBody: Readonly<{ index: number; body: Entity | UnnamedPerson }> | null = null;
  const resolve = (pronoun: string, at: number): Entity | UnnamedPerson | null => {
    const p = pronoun.toLowerCase();
    const want: Gender | null = p === 'he' ? 'm' : p === 'she' ? 'f' : null;
    const type = want ? 'PERSON' : 'ORG';
    if (!want && lastBody) {
      const index = partitionPoint(sentences.length, (i) => sentences[i]![1] <= at);
      if (index > lastBody.index && index - lastBody.index <= BODY_REACH) return lastBody.body;
    }
    if (want && lastSpeaker) {
      // After a quote ('"I froze. I ran," she said') the pronoun's sentence is the one the quote opens in.
      const before = partitionPoint(quotes.length, (i) => quotes[i]![1] <= at) - 1;
      const from =
        before >= 0 && /^[\s,]*$/.test(text.slice(quotes[before]![1], at)) ? quotes[before]![0] : at;
      const index = partitionPoint(sentences.length, (i) => sentences[i]![1] <= from);
      const known = genders.get(lastSpeaker.person.canonical);
      if (index === lastSpeaker.index + 1 && (!known || known === want)) {
        genders.set(lastSpeaker.person.canonical, want);
        return lastSpeaker.person;
      }
    }
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
  return Object.assign(resolve, {
    spoke(index: number, speaker: Entity | UnnamedPerson | null) {
      if (speaker && ('unnamed' in speaker ? speaker.body : speaker.type === 'ORG'))
        lastBody = { index, body: speaker };
      else lastSpeaker = speaker && { index, person: speaker };
    },
  });
}

// The gazetteer shipped inside the model file: names from compromise's lexicon (MIT licence; the package is
// a dev dependency and never ships), the project's place lexicon, and the words the training texts use in
// lower case (so a capitalised "Chipmaker" at a sentence start reads as a common word).
import nlp from 'compromise';
import { PLACES } from '../../src/core/analysis/lexicon/places';
import type { GazetteerClass, GazetteerLists } from '../../src/core/analysis/tagger/gazetteer';
import type { GoldDoc } from './corpus';

const COMPROMISE_CLASSES: ReadonlyArray<[RegExp, GazetteerClass]> = [
  [/^(?:MaleName|FemaleName|FirstName)/, 'first'],
  [/^LastName/, 'last'],
  [/^Person/, 'person'],
  [/^Organization/, 'org'],
  [/^SportsTeam/, 'team'],
  [/^(?:City|Country|Region|Place)/, 'place'],
  [/^Demonym/, 'demonym'],
];
const LOWER_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’-]*(?![\p{L}\p{N}])/gu;
const MIN_LOWER_COUNT = 3;

/** Lower-case phrases by class, "|"-joined, from the sources above and the training documents. */
export function buildGazetteerLists(trainingDocs: readonly GoldDoc[]): GazetteerLists {
  const lists = new Map<GazetteerClass, Set<string>>();
  const add = (cls: GazetteerClass, phrase: string): void => {
    if (!lists.has(cls)) lists.set(cls, new Set());
    lists.get(cls)!.add(phrase.toLowerCase());
  };
  const lexicon = (
    nlp as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }
  ).model().one.lexicon;
  for (const [phrase, tags] of Object.entries(lexicon)) {
    const tag = Array.isArray(tags) ? tags.join('+') : tags;
    for (const [pattern, cls] of COMPROMISE_CLASSES) if (pattern.test(tag)) add(cls, phrase);
  }
  for (const [name, entry] of PLACES) add(entry.type === 'PLACE' ? 'place' : 'demonym', name);
  const counts = new Map<string, number>();
  for (const doc of trainingDocs)
    for (const [word] of doc.text.matchAll(LOWER_WORD)) counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const [word, n] of counts) if (n >= MIN_LOWER_COUNT) add('common', word);
  const out: Record<string, string> = {};
  for (const [cls, phrases] of [...lists].sort(([a], [b]) => a.localeCompare(b)))
    out[cls] = [...phrases].sort().join('|');
  return out;
}

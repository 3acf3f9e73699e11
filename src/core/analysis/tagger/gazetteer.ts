/** Name lists the model was trained with, shipped inside the model file: lower-case phrases by class. */
export type GazetteerLists = Readonly<Record<string, string>>;

/** The gazetteer classes, one bit each; a phrase may be in several lists. */
export const GAZETTEER_CLASSES = [
  'first',
  'last',
  'person',
  'org',
  'team',
  'place',
  'demonym',
  'common',
] as const;
export type GazetteerClass = (typeof GAZETTEER_CLASSES)[number];

/** Phrases (lower case, words joined by one space) to their class bits. */
export type Gazetteer = Readonly<{ phrases: ReadonlyMap<string, number>; maxWords: number }>;

/** Builds the lookup from the model file's lists ("|"-separated phrases per class). */
export function buildGazetteer(lists: GazetteerLists): Gazetteer {
  const phrases = new Map<string, number>();
  let maxWords = 1;
  GAZETTEER_CLASSES.forEach((cls, bit) => {
    for (const phrase of (lists[cls] ?? '').split('|')) {
      if (!phrase) continue;
      phrases.set(phrase, (phrases.get(phrase) ?? 0) | (1 << bit));
      maxWords = Math.max(maxWords, phrase.split(' ').length);
    }
  });
  return { phrases, maxWords: Math.min(maxWords, 5) };
}

/** The bit of one class in a phrase's class bits. */
export function gazetteerBit(cls: GazetteerClass): number {
  return 1 << GAZETTEER_CLASSES.indexOf(cls);
}

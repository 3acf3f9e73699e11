import { TOKEN_RE } from '../tokens';

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

/**
 * Phrases (lower case, words joined by one space) to their class bits, and the first token (lower case) of
 * each phrase of two to five tokens to the most tokens such a phrase has.
 */
export type Gazetteer = Readonly<{
  phrases: ReadonlyMap<string, number>;
  phraseStarts: ReadonlyMap<string, number>;
}>;

const MAX_PHRASE_TOKENS = 5;
// Letters only: one token, never a phrase of several.
const ONE_WORD = /^\p{L}+$/u;

/** The engine's tokens of a listed phrase, as they come out of capitalised text ("j. k." → "J.", "K."). */
function phraseTokens(phrase: string): string[] {
  const titled = phrase.replace(/(^|\s)\p{Ll}/gu, (m) => m.toUpperCase());
  const words: string[] = [];
  for (let at = 0; at < titled.length;) {
    if (titled[at] === ' ') {
      at++;
      continue;
    }
    TOKEN_RE.lastIndex = at;
    if (!TOKEN_RE.test(titled)) break;
    words.push(titled.slice(at, TOKEN_RE.lastIndex).toLowerCase());
    at = TOKEN_RE.lastIndex;
  }
  return words;
}

/** Builds the lookup from the model file's lists ("|"-separated phrases per class). */
export function buildGazetteer(lists: GazetteerLists): Gazetteer {
  const phrases = new Map<string, number>();
  const phraseStarts = new Map<string, number>();
  GAZETTEER_CLASSES.forEach((cls, bit) => {
    for (const phrase of (lists[cls] ?? '').split('|')) {
      if (!phrase) continue;
      const prior = phrases.get(phrase);
      phrases.set(phrase, (prior ?? 0) | (1 << bit));
      if (prior !== undefined || ONE_WORD.test(phrase)) continue;
      const words = phraseTokens(phrase);
      if (words.length < 2 || words.length > MAX_PHRASE_TOKENS) continue;
      phraseStarts.set(words[0]!, Math.max(phraseStarts.get(words[0]!) ?? 0, words.length));
    }
  });
  return { phrases, phraseStarts };
}

/** The bit of one class in a phrase's class bits. */
export function gazetteerBit(cls: GazetteerClass): number {
  return 1 << GAZETTEER_CLASSES.indexOf(cls);
}

/** The classes that list a word as part of a person's name: a first name, a surname or a whole person. */
export const PERSON_NAME_BITS = gazetteerBit('first') | gazetteerBit('last') | gazetteerBit('person');

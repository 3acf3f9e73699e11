const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// What separates words, as the index splits them: anything but letters and digits.
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The source of a pattern matching `phrase` as a phrase: its words in order, whole, any case, with only
 * spaces or punctuation between them ("more than 50" matches "More than 50" and "more\nthan 50", not "more
 * than 500"). Null when the phrase has no word.
 */
export function phraseSource(phrase: string): string | null {
  const words = phrase.match(WORD);
  if (!words) return null;
  return `(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`;
}

/** Whether `text` holds `phrase` as a phrase (see `phraseSource`); a phrase with no word matches nothing. */
export function hasPhrase(text: string, phrase: string): boolean {
  const source = phraseSource(phrase);
  return source !== null && new RegExp(source, 'iu').test(text);
}

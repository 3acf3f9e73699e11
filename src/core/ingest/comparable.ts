// Comparable forms of text, so a deck and the same sentence with a full stop, or a repeated paragraph, compare equal.

export type ComparableKeys = Readonly<{ key: string; sentenceKeys: readonly string[] }>;

/** Lower-cased letters and digits only, so a deck and the same sentence with a full stop compare equal. */
export function toComparable(text: string): string {
  // Runs of other characters become one space; a single space already is one, and matching it costs.
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ][^\p{L}\p{N}]*| [^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?…]["'”’)]?)\s+/);
}

/**
 * The comparable form of a unit and of each of its sentences, lower-casing each character once. Sentences are
 * split at whitespace, which toComparable turns into a separator anyway, so the unit's form is its sentences'
 * forms joined by spaces. Lower-casing depends on context only for a final sigma, and only a U+FEFF among the
 * whitespace (case-ignorable) lets that context reach across a split: such text is compared whole.
 */
export function comparableKeys(text: string): ComparableKeys {
  const sentences = splitSentences(text);
  if (sentences.length === 1) {
    const key = toComparable(text);
    return { key, sentenceKeys: [key] };
  }
  const sentenceKeys = sentences.map(toComparable);
  const key = text.includes('\uFEFF') ? toComparable(text) : sentenceKeys.filter(Boolean).join(' ');
  return { key, sentenceKeys };
}

import { ANONYMOUS_NOUNS, OFFICIAL_NOUNS } from './lexicon/speech';
import type { NameSpan } from './name-spans';
import type { Token } from './tokens';

// Plural nouns for unnamed speakers ("Diplomats said…", "Lawmakers voted…"): common words whatever the article.
const SPEAKER_PLURALS: ReadonlySet<string> = new Set(
  [...ANONYMOUS_NOUNS, ...OFFICIAL_NOUNS].filter((w) => w.endsWith('s')),
);

// Four letters at least: a short one ("Dp", "Ed") is more often an initialism or a nickname than a word.
const TITLE_CASE = /^\p{Lu}\p{Ll}{3,}$/u;

/**
 * Drops a one-word name that only ever stands capitalised at a sentence start, when the same article writes
 * the word in lower case elsewhere: "Survivors told a TV channel…" beside "rescuers pulled 162 survivors".
 * The article's own usage says it is a common word, where no word list may know it; a name the article
 * also capitalises inside a sentence ("Rose said…", "…told Rose") keeps its mentions. A plural noun for unnamed
 * speakers ("Diplomats said…") is dropped without that evidence.
 */
export function dropCommonSentenceStarts(
  text: string,
  tokens: readonly Token[],
  names: readonly NameSpan[],
): NameSpan[] {
  // By the word as a sentence start writes it ("Survivors") and in lower case ("survivors").
  const suspects = new Set<string>();
  const lowered = new Map<string, string>();
  let k = 0;
  for (const n of names) {
    while (k < tokens.length && tokens[k]!.start < n.start) k++;
    const t = tokens[k];
    if (t && t.start === n.start && t.end === n.end && t.weak && !t.headline && TITLE_CASE.test(t.text)) {
      suspects.add(t.text);
      lowered.set(t.text.toLowerCase(), t.text);
    }
  }
  if (suspects.size === 0) return names.slice();
  const lower = new Set<string>();
  const named = new Set<string>();
  for (const t of tokens) {
    const word = lowered.get(t.text);
    if (word !== undefined) lower.add(word);
    else if (!t.weak && suspects.has(t.text)) named.add(t.text);
  }
  const common = (n: NameSpan) => {
    const word = text.slice(n.start, n.end);
    return (
      suspects.has(word) && (lower.has(word) || SPEAKER_PLURALS.has(word.toLowerCase())) && !named.has(word)
    );
  };
  return names.filter((n) => !common(n));
}

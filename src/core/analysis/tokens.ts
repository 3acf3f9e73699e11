import type { Span } from '../model/analysis';

/** A word or punctuation token with its offsets and the flags the entity rules need. */
export type Token = {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Starts with a capital letter (or is a dotted acronym like "U.S."). */
  readonly cap: boolean;
  /** Starts with a letter: a word, not a number, mark or punctuation. */
  readonly word: boolean;
  /** First word of its sentence, or inside a headline-case line: a capital here is no evidence of a name. */
  weak: boolean;
  /** Inside a headline-case line, where every word is capitalised. */
  headline: boolean;
  readonly sentence: number;
};

const TOKEN_RE =
  /(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Capt|Sgt|Gov|Sen|Rep|Rev|St|Maj|Jr|Sr|Supt|Insp|Inc|Ltd|Corp)\.|(?:\p{L}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’](?!s\b)\p{L}+|-[\p{L}\p{M}\p{N}]+)*|\d+(?:[.,:/]\d+)*|\S/gu;
const SMALL_WORDS = new Set(
  'a an the and or of in on at to for by with from as is are was were be has have its it'.split(' '),
);
const CAPITALISED = /^(?:(?:pro|anti)-)?\p{Lu}/u;
const LETTER = /^\p{L}/u;

/** Tokenises each sentence and marks sentence starts and headline-case lines as weak evidence. */
export function tokenize(text: string, sentences: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  sentences.forEach(([s, e], index) => {
    const slice = text.slice(s, e);
    const first = tokens.length;
    let m: RegExpExecArray | null;
    TOKEN_RE.lastIndex = 0;
    while ((m = TOKEN_RE.exec(slice)) !== null) {
      const word = m[0];
      tokens.push({
        start: s + m.index,
        end: s + m.index + word.length,
        text: word,
        cap: CAPITALISED.test(word),
        word: LETTER.test(word),
        weak: false,
        headline: false,
        sentence: index,
      });
    }
    let words = 0;
    let caps = 0;
    for (let i = first; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.word || SMALL_WORDS.has(t.text.toLowerCase())) continue;
      words++;
      if (t.cap) caps++;
    }
    const headline = words >= 3 && caps / words >= 0.75 && !/[.!?"”]$/.test(slice);
    for (let i = first; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (headline) t.weak = t.headline = true;
      else if (t.word) {
        t.weak = true;
        break;
      }
    }
  });
  return tokens;
}

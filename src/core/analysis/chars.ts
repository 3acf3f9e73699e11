// One-character tests for the engine's hot loops. ASCII characters are decided by their code, which costs
// far less than running a regex; the rest go to the regex, so each test answers exactly as its regex does.

const SPACE = /\s/;
const LETTER = /\p{L}/u;
const FIRST_LETTER = /^\p{L}/u;

/** `/\s/.test(ch)` for one character of a text (undefined past its end). */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(ch);
}

/** `/\d/.test(ch)`. */
export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** `/\p{L}/u.test(ch)`. */
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && isLetterAt(ch, 0, ch.charCodeAt(0));
}

/** Whether the code `c` is an ASCII letter, A–Z or a–z. */
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** `isLetter(s[i])` for a character of the basic plane whose code `c` the caller has read already. */
export function isLetterAt(s: string, i: number, c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(s[i]!);
}

/** `/^\p{L}/u.test(s)`: `s` starts with a letter (a whole code point, so also one outside the BMP). */
export function startsWithLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return isAsciiLetter(c);
  return FIRST_LETTER.test(s);
}

/** `s.split(/\s+/).length >= n` without the array: `s` has `n - 1` or more runs of whitespace. */
export function splitsIntoAtLeast(s: string, n: number): boolean {
  let pieces = 1;
  for (let i = 0; i < s.length && pieces < n; i++) if (isSpace(s[i]) && !isSpace(s[i + 1])) pieces++;
  return pieces >= n;
}

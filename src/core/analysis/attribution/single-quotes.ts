// British outlets and many others quote with single marks (‘…,’ she said; '…,' she said), keeping double marks
// for a quote inside a quote. The closing mark is also the apostrophe (don’t, the workers’ union), so a mark
// closes a quotation only where it ends a word, and a possessive "s’" only when nothing else closes it.

/** A quotation in double marks, curly or straight, within one line: what the attribution reads as a quote. */
export const DOUBLE_QUOTED = /“[^”\n]*”|"[^"\n]*"/g;
// What may stand before an opening mark: the line's start, a space, a bracket, a dash, a colon, a double mark.
const BEFORE_OPEN = /[\s([{—–\-/:"“]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// "'90s", "'em", "'til" open no quotation.
const ELISION = /^'(?:\d0s|em|til|tis|n')\b/i;
// A mark that may open a quotation, anywhere in a text: the cheap test before any line is looked at.
const OPENING_MARK = /(?:^|[\s([{—–\-/:"“])['‘][^\s'’"“”]/g;
// Shorter pairs are no quotation for the engine either ('no', ‘Yes’): left as they are.
const MIN_QUOTE = 8;

function isOpening(line: string, i: number): boolean {
  const c = line[i];
  if (c !== '‘' && c !== "'") return false;
  const next = line[i + 1];
  // A mark before another mark is an artefact of conversion ('"'), not an opening.
  if (next === undefined || /[\s'’"“”]/.test(next)) return false;
  if (i > 0 && !BEFORE_OPEN.test(line[i - 1]!)) return false;
  return c === '‘' || !ELISION.test(line.slice(i, i + 5));
}

function isClosing(line: string, j: number): boolean {
  const c = line[j];
  if (c !== '’' && c !== "'") return false;
  const prev = line[j - 1];
  if (prev === undefined || /\s/.test(prev)) return false;
  const next = line[j + 1];
  return next === undefined || !WORD_CHAR.test(next);
}

/** Where the quotation opened at `i` closes in `line`, outside the double-marked `doubles` it holds, or -1. */
function closeOf(line: string, i: number, doubles: readonly [number, number][]): number {
  let possessive = -1;
  let d = 0;
  for (let j = i + 2; j < line.length; j++) {
    while (d < doubles.length && doubles[d]![1] <= j) d++;
    if (d < doubles.length && doubles[d]![0] <= j) {
      j = doubles[d]![1] - 1;
      continue;
    }
    // Another quotation opening after a possessive-looking close: that close was this quotation's end
    // ("'energy infrastructure facilities' and … 'the realities on the ground'").
    if (possessive >= 0 && isOpening(line, j)) return possessive;
    if (!isClosing(line, j)) continue;
    if (!/[sS]/.test(line[j - 1]!)) return j;
    if (possessive < 0) possessive = j;
  }
  return possessive;
}

/** The double-marked quotations of `line`, whose single marks are quotes inside quotes. */
function doubleSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  DOUBLE_QUOTED.lastIndex = 0;
  for (let m = DOUBLE_QUOTED.exec(line); m; m = DOUBLE_QUOTED.exec(line))
    spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Whether the line after the one ending at `end` opens with a single mark (a quotation carried over). */
const LINE_BREAK = /\n\s*/y;

function nextLineOpensQuote(text: string, end: number): boolean {
  LINE_BREAK.lastIndex = end;
  const m = LINE_BREAK.exec(text);
  if (!m) return false;
  const at = end + m[0].length;
  return text[at] === '‘' || (text[at] === "'" && !ELISION.test(text.slice(at, at + 5)));
}

/**
 * `text` with the single marks of each quotation written as “ ”, every offset kept: the attribution reads
 * quotations by their double marks. A quotation running over paragraphs keeps its opening mark open at the
 * end of each paragraph but its last, as with double marks.
 */
export function singleQuotesAsDouble(text: string): string {
  // Most texts hold apostrophes only inside words ("don't"): no mark that could open a quotation.
  OPENING_MARK.lastIndex = 0;
  if (!OPENING_MARK.test(text)) return text;
  // Offsets of the marks to rewrite, in order, with what each becomes.
  const marks: [number, string][] = [];
  for (let s = 0; s <= text.length;) {
    const nl = text.indexOf('\n', s);
    const e = nl < 0 ? text.length : nl;
    const line = text.slice(s, e);
    const doubles = doubleSpans(line);
    let d = 0;
    for (let i = 0; i < line.length; i++) {
      while (d < doubles.length && doubles[d]![1] <= i) d++;
      if (d < doubles.length && doubles[d]![0] <= i) {
        i = doubles[d]![1] - 1;
        continue;
      }
      if (!isOpening(line, i)) continue;
      const j = closeOf(line, i, doubles);
      if (j >= 0) {
        if (j + 1 - i >= MIN_QUOTE) {
          marks.push([s + i, '“'], [s + j, '”']);
        }
        i = j;
      } else if (nextLineOpensQuote(text, e)) {
        marks.push([s + i, '“']);
        break;
      }
    }
    s = e + 1;
  }
  if (marks.length === 0) return text;
  let out = '';
  let from = 0;
  for (const [at, mark] of marks) {
    out += text.slice(from, at) + mark;
    from = at + 1;
  }
  return out + text.slice(from);
}

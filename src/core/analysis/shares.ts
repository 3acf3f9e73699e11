import type { NumberMention } from '../model/analysis';
import { qualifierBefore } from './number-qualifiers';
import { CURRENCY_WORDS } from './lexicon/currency-words';

// A share as a fraction ("a third of", "two-thirds of", "half the", "by almost half") or as "one in four":
// its value in per cent, so "nearly half" and "nearly 50%" compare. An ordinal ("the third of five") has no
// "a" or count before it; "half" alone ("the second half", "half an hour") is no share.
const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
}; // prettier-ignore
const COUNTS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, nine: 9 };
const FRACTION =
  /\b(?:(a|one|two|three|four|nine)[\s-](half|thirds?|quarters?|fifths?|tenths?)(?=\s+(?:of|the|their|its|all)\s)(?!\s+of\s+an?\s)|(half)(?=\s+(?:of|the|their|its|all)\s)(?!\s+of\s+an?\s)|(half)\b)/giy;
const ONE_IN = /\b(one|1)[\s-]in[\s-](two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b/iy;
const IN_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
}; // prettier-ignore
// "tens of millions", "hundreds of thousands": at least that many.
const MAGNITUDE =
  /\b(tens|hundreds|thousands)\s+of\s+(thousands|millions|billions)\b(?:\s+of\s+([a-z]+?)s?\b)?/iy;
const MAGNITUDES: Readonly<Record<string, number>> = {
  tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
}; // prettier-ignore
// Only a sentence holding one of these words is searched.
const CUE = /half|third|quarter|fifth|tenth|\b(?:one|1)[\s-]in[\s-]|(?:tens|hundreds|thousands)\s+of\s/i;
const START = /\b(?:a|one|two|three|four|nine|half|1|tens|hundreds|thousands)\b/gi;

// "the second half of the year", "the first half the season": a part of a time or a game.
const HALF_OF_TIME = /\b(?:the|first|second|last|latter|final|other|opening|closing|this|that)\s+$/i;

/** Whether `text` may hold a share at all: most texts are searched no further. */
export const mayHoldShares = (text: string): boolean => CUE.test(text);

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The shares and orders of magnitude written in words in `text[from, to)`. */
export function sharesIn(text: string, from: number, to: number): NumberMention[] {
  const out: NumberMention[] = [];
  if (!CUE.test(text.slice(from, to))) return out;
  START.lastIndex = from;
  for (let m = START.exec(text); m && m.index < to; m = START.exec(text)) {
    const found = shareAt(text, m.index, from, to);
    if (!found) continue;
    out.push(found);
    START.lastIndex = found.end;
  }
  return out;
}

function shareAt(text: string, at: number, from: number, to: number): NumberMention | null {
  let end: number;
  let value: number;
  let unit: string | null = '%';
  let qualifier = 'exact';
  FRACTION.lastIndex = ONE_IN.lastIndex = MAGNITUDE.lastIndex = at;
  const fraction = FRACTION.exec(text);
  const oneIn = fraction ? null : ONE_IN.exec(text);
  const magnitude = fraction || oneIn ? null : MAGNITUDE.exec(text);
  if (fraction) {
    const bare = fraction[4] !== undefined;
    if (fraction[3] && HALF_OF_TIME.test(text.slice(Math.max(from, at - 12), at))) return null;
    const q = qualifierBefore(text, at, from);
    // "half" with no "of" or "the" after it is a share only after a qualifier ("fell by almost half").
    if (bare && (!q || !/^\s*[.,;:)]/.test(text.slice(at + 4, at + 6)))) return null;
    const count = fraction[1] ? COUNTS[fraction[1].toLowerCase()]! : 1;
    value = round1((100 * count) / DENOMINATORS[(fraction[2] ?? 'half').toLowerCase()]!);
    end = at + fraction[0].length;
  } else if (oneIn) {
    const n = IN_WORDS[oneIn[2]!.toLowerCase()] ?? Number(oneIn[2]);
    if (!(n > 1)) return null;
    value = round1(100 / n);
    end = at + oneIn[0].length;
  } else if (magnitude) {
    value = MAGNITUDES[magnitude[1]!.toLowerCase()]! * MAGNITUDES[magnitude[2]!.toLowerCase()]!;
    const currency = magnitude[3] && CURRENCY_WORDS[magnitude[3].toLowerCase()];
    unit = currency || null;
    end = at + (currency ? magnitude[0].length : magnitude[0].indexOf(magnitude[2]!) + magnitude[2]!.length);
    qualifier = 'at-least';
  } else return null;
  if (end > to) return null;
  let start = at;
  if (qualifier === 'exact') {
    const q = qualifierBefore(text, at, from);
    if (q) {
      qualifier = q.name;
      start = q.start;
    }
  }
  return { start, end, text: text.slice(start, end), value, qualifier, unit };
}

// Word-level helpers for similarity: which words carry content and how their forms are folded together.

import { remembered } from './remembered';

const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without into onto over under about ' +
    "as than then that this these those there here it its it's they them their theirs he him his she her " +
    'hers we us our ours you your i me my is are was were be been being am has have had having do does ' +
    'did done will would shall should may might can could must not no also just only very more most less ' +
    'least such which who whom whose what when where why how all any both each few other some own same ' +
    'up down out off again further once said says say told tell according while during before after ' +
    'between through against among within upon per via if because until since though although whether ' +
    'mr mrs ms dr new one two'
  ).split(' '),
);

// Longest first, so "ations" is tried before "s".
const SUFFIXES = [
  'ational',
  'ations',
  'ation',
  'ments',
  'ment',
  'ings',
  'ing',
  'edly',
  'ies',
  'ied',
  'ed',
  'es',
  's',
  'ly',
];

/** Folds a lowercased word to a crude stem, so "organised"/"organized" and "talks"/"talked" meet. */
export function stemWord(word: string): string {
  let w = word.replace(/['’]s$/, '');
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // Truncation merges British/American spellings and derivations that suffix stripping misses.
  return w.length > 6 ? w.slice(0, 6) : w;
}

// Stems by word form ('' for a function word): news repeats a small vocabulary, so each form is folded once.
const stemOf = remembered(200_000, (form) => {
  const word = form.replace(/['’-]+$/, '');
  return word.length < 2 || STOPWORDS.has(word) ? '' : stemWord(word);
});

/** Returns the stems of the content words (no function words, no numbers) of `text`. */
export function collectContentStems(text: string): string[] {
  const out: string[] = [];
  for (const form of text.toLowerCase().match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []) {
    const stem = stemOf(form);
    if (stem) out.push(stem);
  }
  return out;
}

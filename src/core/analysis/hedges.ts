import { EXPLICIT_HEDGES, MODAL_HEDGES } from './lexicon/hedges';
import { SAY_VERB_FORMS } from './lexicon/speech';

const EXPLICIT_RE = new RegExp(`\\b(?:${EXPLICIT_HEDGES.join('|')})\\b`, 'i');
const MODAL_RE = new RegExp(`\\b(?:${MODAL_HEDGES.join('|')})\\b`, 'gi');
// "through May 2017", "on 3 May", "May 14", "in May," — the month, not the modal verb.
// "could not", "could only source half": what was impossible, or all that was possible.
const NEGATED = /^\s+(?:not|never|no longer|hardly|only|barely)\b/i;
const NUMBER_BEFORE = /\d(?:st|nd|rd|th)?\s*$/;
const NUMBER_AFTER = /^\s*\d/;
const MONTH_PREPOSITION =
  /\b(?:in|through|until|till|since|from|by|of|to|last|next|early|late|mid|before|after|during|and|or|between)[\s-]+$/i;

// A modal opening a relative clause or inside an embedded question hedges what that clause says of someone or
// something, not the statement: "anyone who may have seen the car", "footage that could help us", "what measures
// may be needed". "that"/"which" right before the modal is a relative pronoun ("warned that could" is no
// clause). Unless the clause holds a figure, which is the claim it hedges: "a deal that could rise to £55m".
const RELATIVE_BEFORE =
  /(?:\b(?:who|whoever|what)\s+(?:[\p{L}'’-]+\s+){0,3}|\b(\p{Ll}+)\s+(?:that|which)\s+(?:also\s+|still\s+)?)$/u;
// After these, "that" is a demonstrative or opens what was said: "and that could change", "said that could be".
const NOT_ANTECEDENTS: ReadonlySet<string> = new Set([
  ...SAY_VERB_FORMS,
  ...'and but or so because if think thinks thought know knew hope hopes fear fears of'.split(' '),
]);
const CLAUSE_END = /[,;:.!?"“”]/;
const DIGIT = /\d/;

/** Whether the modal at `at` opens a relative clause or sits in a question, with no figure in it. */
function inRelativeClause(sentence: string, at: number): boolean {
  const m = RELATIVE_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at));
  if (!m || (m[1] !== undefined && NOT_ANTECEDENTS.has(m[1]))) return false;
  const rest = sentence.slice(at);
  const end = CLAUSE_END.exec(rest);
  return !DIGIT.test(end ? rest.slice(0, end.index) : rest);
}

/** Is the "may" at `at` in `sentence` the month (a name mid-sentence, or next to a number or a preposition)? */
function isMonth(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - 16), at);
  const after = sentence.slice(at + 3, at + 8);
  if (NUMBER_BEFORE.test(before) || NUMBER_AFTER.test(after)) return true;
  if (sentence[at] !== 'M') return false;
  // A capital "May" inside a sentence is the month unless it starts a clause ("…; May we…" is rare in news).
  return at > 0 || MONTH_PREPOSITION.test(before);
}

/**
 * The hedging cue of a sentence ("is believed to", "allegedly", "may"), or null. Explicit hedges outrank
 * modals when a sentence has both; the month May and "will" of the future are never hedges.
 */
export function findHedge(sentence: string): string | null {
  const explicit = EXPLICIT_RE.exec(sentence);
  if (explicit) return explicit[0];
  MODAL_RE.lastIndex = 0;
  for (let m = MODAL_RE.exec(sentence); m; m = MODAL_RE.exec(sentence)) {
    const word = m[0].toLowerCase();
    if (word === 'may' && isMonth(sentence, m.index)) continue;
    if (word === 'could' && NEGATED.test(sentence.slice(m.index + 5, m.index + 20))) continue;
    if (inRelativeClause(sentence, m.index)) continue;
    return m[0];
  }
  return null;
}

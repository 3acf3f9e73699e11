import type { AttributionKind, EntityType } from '../model/analysis';

/** What the claim classifier knows of a sentence besides its words. */
export type SentenceFacts = Readonly<{
  entityTypes: readonly EntityType[];
  numberCount: number;
  attribution: AttributionKind | null;
  hedged: boolean;
}>;

const TOKEN = /\p{L}[\p{L}'’-]*|\d[\d.,]*%?|[$€£¥%?!]/gu;
const CHANGE =
  /^(?:increas|decreas|ris|rose|fell|fall|drop|cut|doubl|tripl|halv|grew|grow|declin|soar|plung|surg|jump|slump|rais|lower|reduc|expand|shrank|shrink|climb|tumbl|boost|slash)/;
const COMPARATIVE =
  /^(?:more|less|fewer|most|least|higher|lower|larger|smaller|bigger|record|highest|lowest|largest|biggest|worst|best|than)$/;
const SUPERLATIVE = /\w{3,}est$/;
const MONEY = /^(?:[$€£¥]|dollars?|million|billion|trillion|crore|lakh|percent|per|%)$/;
const FIRST_PERSON = /^(?:i|we|i'm|i've|we're|we've|my|our)$/;

function shape(token: string): string {
  if (/^\d/.test(token)) {
    if (token.endsWith('%')) return '<pct>';
    if (/^(?:19|20)\d\d$/.test(token)) return '<year>';
    return '<num>';
  }
  return token.toLowerCase();
}

/**
 * The features of one sentence for the claim classifier: its words and word pairs (numbers as shapes), and
 * signs of a checkable fact (numbers, money, comparisons, verbs of change, named entities, a source, a hedge,
 * first-person opinion). `bagOfWords` keeps only the words, for the baseline.
 */
export function sentenceFeatures(
  sentence: string,
  facts: SentenceFacts | null,
  bagOfWords = false,
): string[] {
  const words = (sentence.match(TOKEN) ?? []).map(shape);
  const out = new Set<string>(words.map((w) => `w:${w}`));
  if (bagOfWords) return [...out];
  out.add('bias:len' + Math.min(6, Math.floor(words.length / 6)));
  for (let i = 0; i + 1 < words.length; i++) out.add(`b:${words[i]}_${words[i + 1]}`);
  for (const w of words) {
    if (CHANGE.test(w)) out.add('f:change');
    if (COMPARATIVE.test(w)) out.add('f:comparative');
    if (SUPERLATIVE.test(w)) out.add('f:superlative');
    if (MONEY.test(w)) out.add('f:money');
    if (w.startsWith('<')) out.add('f:number');
  }
  if (words[0] && FIRST_PERSON.test(words[0])) out.add('f:first-person');
  if (sentence.trimEnd().endsWith('?')) out.add('f:question');
  if (facts) {
    for (const t of facts.entityTypes) out.add(`e:${t}`);
    if (facts.numberCount > 0) out.add(`n:${Math.min(3, facts.numberCount)}`);
    out.add(`a:${facts.attribution ?? 'none'}`);
    if (facts.hedged) out.add('f:hedged');
  }
  return [...out];
}

/** FNV-1a hash of a feature into `bits` bits: the model stores one weight per bucket. */
export function featureBucket(feature: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & ((1 << bits) - 1);
}

/** The tagger's labels: IOB2 over the training sets' classes (MISC is learnt, then dropped from the output). */
export const TAGS = [
  'O',
  'B-PER',
  'I-PER',
  'B-ORG',
  'I-ORG',
  'B-LOC',
  'I-LOC',
  'B-NORP',
  'I-NORP',
  'B-MISC',
  'I-MISC',
] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;

/** Whether tag `to` may follow tag `from` (-1: sentence start): an I- continues only its own class. */
export function allowedTransition(from: number, to: number): boolean {
  const t = TAGS[to]!;
  if (!t.startsWith('I-')) return true;
  if (from < 0) return false;
  const f = TAGS[from]!;
  return f !== 'O' && f.slice(2) === t.slice(2);
}

// Exact-span scoring of entity mentions against the gold names of ../shared/training, per set and type.
import nlp from 'compromise';
import type { GoldDoc, GoldType } from './corpus';

export type Mention = { start: number; end: number; type: string };
export type System = (text: string) => Mention[];
type Counts = { tp: number; fp: number; fn: number };

const GOLD_TO_ENGINE: Partial<Record<GoldType, string>> = {
  PER: 'PERSON',
  ORG: 'ORG',
  LOC: 'PLACE',
  NORP: 'GROUP',
};
export const SCORED_TYPES = ['PERSON', 'ORG', 'PLACE', 'GROUP'] as const;
const MICRO_TYPES = new Set(['PERSON', 'ORG', 'PLACE']);

/** Counts per type, plus "MICRO" over PERSON, ORG and PLACE. */
export type SetScores = Record<string, Counts>;

/** Scores `system` on `docs`; GROUP only counts on sets whose gold has NORP (the others never tag it). */
export function scoreSystem(docs: readonly GoldDoc[], system: System): SetScores {
  const scores: SetScores = {};
  const hasGroups = docs.some((d) => d.spans.some((s) => s.type === 'NORP'));
  const bump = (type: string, key: keyof Counts): void => {
    const keys = MICRO_TYPES.has(type) ? [type, 'MICRO'] : [type];
    for (const k of keys) {
      scores[k] ??= { tp: 0, fp: 0, fn: 0 };
      scores[k][key]++;
    }
  };
  for (const doc of docs) {
    const gold = new Set(
      doc.spans
        .filter((s) => GOLD_TO_ENGINE[s.type] && (hasGroups || s.type !== 'NORP'))
        .map((s) => `${GOLD_TO_ENGINE[s.type]}:${s.start}:${s.end}`),
    );
    const predicted = new Set(
      system(doc.text)
        .filter(
          (m) => (SCORED_TYPES as readonly string[]).includes(m.type) && (hasGroups || m.type !== 'GROUP'),
        )
        .map((m) => `${m.type}:${m.start}:${m.end}`),
    );
    for (const key of predicted) bump(key.split(':')[0]!, gold.has(key) ? 'tp' : 'fp');
    for (const key of gold) if (!predicted.has(key)) bump(key.split(':')[0]!, 'fn');
  }
  return scores;
}

/** Precision, recall and F1 of one count. */
export function f1Of(c: Counts | undefined): { p: number; r: number; f1: number } {
  if (!c) return { p: 0, r: 0, f1: 0 };
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

type Offset = { offset: { start: number; length: number } };

/** compromise's people, places and organizations as mentions (trailing punctuation trimmed). */
export const compromiseSystem: System = (text) => {
  const doc = nlp(text);
  return (
    [
      ['PERSON', doc.people()],
      ['PLACE', doc.places()],
      ['ORG', doc.organizations()],
    ] as const
  ).flatMap(([type, view]) =>
    (view.json({ offset: true }) as Offset[]).map((m) => {
      let end = m.offset.start + m.offset.length;
      while (end > m.offset.start && /[\s.,;:!?"'”’)]/.test(text[end - 1]!)) end--;
      return { start: m.offset.start, end, type };
    }),
  );
};

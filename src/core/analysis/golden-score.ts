import type { AttributionKind, EntityType, Span } from '../model/analysis';

/** A golden case as stored in test-data/analysis/<case>.json. */
export type GoldenCase = Readonly<{
  text: string;
  entities: ReadonlyArray<
    Readonly<{ text: string; type: EntityType; canonical: string; occurrence: number }>
  >;
  claims: ReadonlyArray<
    Readonly<{
      sentence: string;
      attribution: Readonly<{ text: string; kind: AttributionKind }> | null;
      hedge: string | null;
    }>
  >;
}>;

/** Predicted items in the shape every scored system (engine or baseline) is reduced to. */
export type Predicted = Readonly<{
  entities: ReadonlyArray<Readonly<{ start: number; end: number; type: string }>>;
  claims: ReadonlyArray<
    Readonly<{
      start: number;
      attribution: Readonly<{ start: number; end: number; kind: string }> | null;
      /** The speaker's span; a gold attribution overlapping either it or the cue counts as found. */
      speaker?: Readonly<{ start: number; end: number }> | null;
      hedge: string | null;
    }>
  >;
}>;

export type Counts = { tp: number; fp: number; fn: number };
export type Scores = {
  entities: Record<string, Counts>;
  claims: Counts;
  attribution: Counts;
  kindCorrect: number;
  kindTotal: number;
  hedgeCorrect: number;
  hedgeTotal: number;
};

function locate(text: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurrence ${occurrence} not in text`);
  }
  return at;
}

/** Precision, recall and F1 of a count (1 when there was nothing to find and nothing was found). */
export function scoreF1(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Adds one case's counts to `into`: entities by exact span and type, claims by sentence start. */
export function scoreCase(gold: GoldenCase, predicted: Predicted, into: Scores): void {
  const goldEntities = gold.entities.map((e) => {
    const start = locate(gold.text, e.text, e.occurrence);
    return `${e.type}:${start}:${start + e.text.length}`;
  });
  const predictedEntities = predicted.entities.map((e) => `${e.type}:${e.start}:${e.end}`);
  const goldSet = new Set(goldEntities);
  const predSet = new Set(predictedEntities);
  const bump = (type: string, key: keyof Counts): void => {
    for (const t of [type, 'ALL']) {
      into.entities[t] ??= { tp: 0, fp: 0, fn: 0 };
      into.entities[t][key]++;
    }
  };
  for (const key of predSet) bump(key.split(':')[0]!, goldSet.has(key) ? 'tp' : 'fp');
  for (const key of goldSet) if (!predSet.has(key)) bump(key.split(':')[0]!, 'fn');

  const goldClaims = gold.claims.map((c) => ({ ...c, start: locate(gold.text, c.sentence, 0) }));
  const byStart = new Map(predicted.claims.map((c) => [c.start, c]));
  into.claims.fp += predicted.claims.filter((p) => !goldClaims.some((g) => g.start === p.start)).length;
  for (const g of goldClaims) {
    const p = byStart.get(g.start);
    if (!p) {
      into.claims.fn++;
      if (g.attribution) into.attribution.fn++;
      continue;
    }
    into.claims.tp++;
    into.hedgeTotal++;
    if ((p.hedge?.toLowerCase() ?? null) === (g.hedge?.toLowerCase() ?? null)) into.hedgeCorrect++;
    const ga = g.attribution;
    const pa = p.attribution;
    if (!ga && pa) into.attribution.fp++;
    if (!ga) continue;
    const gs: Span = [locate(gold.text, ga.text, 0), 0];
    const ge = gs[0] + ga.text.length;
    const sp = p.speaker;
    const overlaps =
      pa !== null && ((pa.start < ge && gs[0] < pa.end) || (!!sp && sp.start < ge && gs[0] < sp.end));
    if (overlaps) {
      into.kindTotal++;
      if (pa.kind === ga.kind) into.kindCorrect++;
    }
    if (overlaps && pa.kind === ga.kind) into.attribution.tp++;
    else {
      into.attribution.fn++;
      if (pa) into.attribution.fp++;
    }
  }
}

/** Empty score counters. */
export function createScores(): Scores {
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  return {
    entities: {},
    claims: zero(),
    attribution: zero(),
    kindCorrect: 0,
    kindTotal: 0,
    hedgeCorrect: 0,
    hedgeTotal: 0,
  };
}

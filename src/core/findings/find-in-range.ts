import { ATTRIBUTION_KINDS, ENTITY_TYPES, type AttributionKind, type Entity } from '../model';
import type { ClaimColumns, ClaimTip, EntityColumns, ReaderFindings } from './compact-findings';

/** The first position whose running maximum of ends passes `from` (reach is non-decreasing). */
function firstReaching(reach: Int32Array, from: number): number {
  let lo = 0;
  let hi = reach.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reach[mid]! > from) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Indices of the entities overlapping `[from, to)`, in text order: a binary search, then only those near. */
export function entitiesIn(entities: EntityColumns, from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = firstReaching(entities.reach, from); i < entities.start.length; i++) {
    if (entities.start[i]! >= to) break;
    if (entities.end[i]! > from) found.push(i);
  }
  return found;
}

/** Indices of the claims overlapping `[from, to)`, in text order. */
export function claimsIn(claims: ClaimColumns, from: number, to: number): number[] {
  const found: number[] = [];
  for (let k = firstReaching(claims.reach, from); k < claims.byStart.length; k++) {
    const i = claims.byStart[k]!;
    if (claims.start[i]! >= to) break;
    if (claims.end[i]! > from) found.push(i);
  }
  return found;
}

/** Entity `i` as an object, its words read from the article's `text`. */
export function entityAt(findings: ReaderFindings, i: number, text: string): Entity {
  const e = findings.entities;
  return {
    start: e.start[i]!,
    end: e.end[i]!,
    type: ENTITY_TYPES[e.type[i]!]!,
    text: text.slice(e.start[i]!, e.end[i]!),
    canonical: findings.names[e.name[i]!]!,
  };
}

/** The first entity (in text order) covering `offset`, or null. */
export function entityCovering(findings: ReaderFindings, offset: number, text: string): Entity | null {
  const [i] = entitiesIn(findings.entities, offset, offset + 1);
  return i === undefined ? null : entityAt(findings, i, text);
}

/** The kind of source claim `i` names, or null when it is unattributed. */
export function claimSource(claims: ClaimColumns, i: number): AttributionKind | null {
  const source = claims.source[i] ?? 0;
  return source === 0 ? null : ATTRIBUTION_KINDS[source - 1]!;
}

/** How many mentions of each entity type (in ENTITY_TYPES order) an article has. */
export function countByType(entities: EntityColumns): number[] {
  const counts = ENTITY_TYPES.map(() => 0);
  for (const t of entities.type) counts[t]!++;
  return counts;
}

/** What claim `i`'s tooltip says: speaker, cue, hedge and number of quotes (undefined for no such claim). */
export function claimTip(claims: ClaimColumns, i: number): ClaimTip | undefined {
  const { tips } = claims;
  if (!(i >= 0 && i < tips.quotes.length)) return undefined;
  const text = (k: number) => (k >= 0 ? tips.texts[k]! : null);
  return {
    speaker: text(tips.speaker[i]!),
    cue: text(tips.cue[i]!),
    hedge: text(tips.hedge[i]!),
    quotes: tips.quotes[i]!,
  };
}

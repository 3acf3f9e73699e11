import type { Claim, Correction, Entity } from '../model';

/** Engine findings with the analyst's corrections applied. */
export type CorrectedFindings = Readonly<{ entities: readonly Entity[]; claims: readonly Claim[] }>;

const spanKey = (start: number, end: number): string => `${start}:${end}`;

/** The corrections for one kind of finding, by span, oldest first so the latest decision wins. */
function groupBySpan(
  corrections: readonly Correction[],
  target: Correction['target'],
): Map<string, Correction[]> {
  const out = new Map<string, Correction[]>();
  const sorted = corrections.filter((c) => c.target === target).sort((a, b) => a.createdAt - b.createdAt);
  for (const c of sorted) {
    const key = spanKey(c.start, c.end);
    out.set(key, [...(out.get(key) ?? []), c]);
  }
  return out;
}

/**
 * Returns entities and claims as the analyst sees them: rejected ones removed, retyped ones retyped, merged
 * ones moved to the chosen canonical name (with every mention that shared their old canonical, since those
 * are the same entity), confirmed ones kept. A correction matches a finding by its span and text; when
 * several touch one span the latest wins. The reader, entity page, compare view and exports share this.
 */
export function applyCorrections(
  entities: readonly Entity[],
  claims: readonly Claim[],
  corrections: readonly Correction[],
): CorrectedFindings {
  const entityFixes = groupBySpan(corrections, 'entity');
  const claimFixes = groupBySpan(corrections, 'claim');
  const renamed = new Map<string, string>();
  const kept: Entity[] = [];
  for (const entity of entities) {
    const fixes = (entityFixes.get(spanKey(entity.start, entity.end)) ?? []).filter(
      (c) => c.text === entity.text,
    );
    let current: Entity | null = entity;
    for (const fix of fixes) {
      const base: Entity = current ?? entity;
      const action = fix.action;
      if (action.kind === 'reject') current = null;
      else if (action.kind === 'confirm') current = base;
      else if (action.kind === 'retype') current = { ...base, type: action.type };
      else current = { ...base, canonical: action.canonical };
    }
    if (current && current.canonical !== entity.canonical) renamed.set(entity.canonical, current.canonical);
    if (current) kept.push(current);
  }
  const merged = kept.map((e) => {
    const to = renamed.get(e.canonical);
    return to === undefined ? e : { ...e, canonical: to };
  });
  const keptClaims = claims.filter((claim) => {
    const fixes = claimFixes.get(spanKey(claim.start, claim.end)) ?? [];
    const last = fixes[fixes.length - 1];
    return last?.action.kind !== 'reject';
  });
  return { entities: merged, claims: keptClaims };
}

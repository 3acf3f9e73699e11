import type { Claim, Correction, CorrectionAction, Entity } from '../model';

/** Engine findings with the analyst's corrections applied. */
export type CorrectedFindings = Readonly<{
  entities: readonly Entity[];
  claims: readonly Claim[];
  /** By `correctedSpanKey`, the entities an analyst's correction decided, with the deciding action's kind. */
  corrected: ReadonlyMap<string, CorrectionAction['kind']>;
}>;

/** The key of a span in `CorrectedFindings.corrected`. */
export const correctedSpanKey = (start: number, end: number): string => `${start}:${end}`;

const NONE: ReadonlyMap<string, CorrectionAction['kind']> = new Map();

const isEntityFix = (c: Correction): boolean => c.target === 'entity';
const isWide = (c: Correction): boolean => c.scope === 'article' || c.scope === 'library';

/** Adds `value` to the list under `key`. */
function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The engine's entities with the analyst's added ones in: an added span replaces the engine's mentions it
 * overlaps (keeping the engine's canonical when the span is the same), and the latest of overlapping adds wins.
 */
function withAdded(entities: readonly Entity[], adds: readonly Correction[]): Entity[] {
  if (adds.length === 0) return [...entities];
  const kept: Correction[] = [];
  for (const add of [...adds].reverse())
    if (!kept.some((k) => k.start < add.end && add.start < k.end)) kept.push(add);
  const overlapsAdd = (e: Entity) => kept.some((k) => k.start < e.end && e.start < k.end);
  const added = kept.map((k): Entity => {
    const same = entities.find((e) => e.start === k.start && e.end === k.end);
    const type = k.action.kind === 'add' ? k.action.type : 'ORG';
    return { start: k.start, end: k.end, type, text: k.text, canonical: same?.canonical ?? k.text };
  });
  return [...entities.filter((e) => !overlapsAdd(e)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * Returns entities and claims as the analyst sees them: missed ones added, rejected ones removed, retyped
 * ones retyped, merged ones moved to the chosen canonical name (with every mention that shared their old
 * canonical, since those are the same entity), confirmed ones kept. A mention's correction matches a finding
 * by span and text; an article's or the library's matches every entity with its text (callers pass only the
 * article's own and the library-wide corrections). When several touch one entity the latest wins. The
 * reader, entity pages, search, compare view and exports share this.
 */
export function applyCorrections(
  entities: readonly Entity[],
  claims: readonly Claim[],
  corrections: readonly Correction[],
): CorrectedFindings {
  if (corrections.length === 0) return { entities, claims, corrected: NONE };
  const sorted = [...corrections].sort((a, b) => a.createdAt - b.createdAt);
  const bySpan = new Map<string, Correction[]>();
  const byText = new Map<string, Correction[]>();
  const claimFixes = new Map<string, Correction[]>();
  const adds: Correction[] = [];
  for (const c of sorted) {
    if (!isEntityFix(c)) push(claimFixes, correctedSpanKey(c.start, c.end), c);
    else if (isWide(c)) push(byText, c.text, c);
    else {
      if (c.action.kind === 'add') adds.push(c);
      push(bySpan, correctedSpanKey(c.start, c.end), c);
    }
  }
  const renamed = new Map<string, string>();
  const corrected = new Map<string, CorrectionAction['kind']>();
  const kept: Entity[] = [];
  for (const entity of withAdded(entities, adds)) {
    const key = correctedSpanKey(entity.start, entity.end);
    const own = (bySpan.get(key) ?? []).filter((c) => c.text === entity.text);
    const wide = byText.get(entity.text) ?? [];
    const fixes = wide.length === 0 ? own : [...own, ...wide].sort((a, b) => a.createdAt - b.createdAt);
    let current: Entity | null = entity;
    for (const { action } of fixes) {
      const base: Entity = current ?? entity;
      if (action.kind === 'reject') current = null;
      else if (action.kind === 'confirm') current = base;
      else if (action.kind === 'retype' || action.kind === 'add') current = { ...base, type: action.type };
      else current = { ...base, canonical: action.canonical };
    }
    if (!current) continue;
    const decided = fixes.at(-1);
    if (decided) corrected.set(key, decided.action.kind);
    if (current.canonical !== entity.canonical) renamed.set(entity.canonical, current.canonical);
    kept.push(current);
  }
  const merged = kept.map((e) => {
    const to = renamed.get(e.canonical);
    return to === undefined ? e : { ...e, canonical: to };
  });
  const keptClaims = claims.filter((claim) => {
    const fixes = claimFixes.get(correctedSpanKey(claim.start, claim.end)) ?? [];
    return fixes.at(-1)?.action.kind !== 'reject';
  });
  return { entities: merged, claims: keptClaims, corrected };
}

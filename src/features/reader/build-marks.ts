import { claimStrength } from '../../core/analysis/claim-strength';
import {
  claimSource,
  claimsIn,
  CORRECTION_KINDS,
  entitiesIn,
  type ClaimColumns,
  type ReaderFindings,
} from '../../core/findings';
import { ENTITY_TYPES, type CorrectionAction, type EntityType } from '../../core/model';
import type { Mark } from '../../lib/highlight';
import { isClaimShown, type ClaimFacts, type ClaimFilter } from './claim-filter';

/** A mention the analyst asked to see, emphasised briefly. */
export type FocusRange = Readonly<{ start: number; end: number }>;

/** Which findings the reader shows: the legend's hidden layers and the claim filter. */
export type FindingsView = Readonly<{
  hiddenTypes: ReadonlySet<EntityType>;
  claimsHidden: boolean;
  claimFilter: ClaimFilter;
}>;

const CORRECTED_WORDS: Record<CorrectionAction['kind'], string> = {
  add: 'added',
  retype: 'type changed',
  confirm: 'confirmed',
  merge: 'merged',
  reject: 'rejected',
};

/** What the claim filter needs of claim `i`. */
export function claimFacts(claims: ClaimColumns, i: number): ClaimFacts {
  return { score: claims.score[i]!, source: claimSource(claims, i), hedged: claims.hedged[i] === 1 };
}

/** How many claims the filter shows (a pass over numbers, cheap for any article). */
export function countShownClaims(claims: ClaimColumns, filter: ClaimFilter): number {
  let shown = 0;
  for (let i = 0; i < claims.start.length; i++) if (isClaimShown(claimFacts(claims, i), filter)) shown++;
  return shown;
}

/**
 * The reader's marks overlapping `[from, to)`, built when that piece of text renders, never for the whole
 * article: entities of the visible types (coloured and underlined by type; those the analyst corrected carry
 * `data.corrected`, saying how) and the claims the filter shows (unless hidden; marked by strength and
 * hedging). Ids are stable per finding so React keeps the DOM between toggles.
 */
export function readerMarksIn(
  findings: ReaderFindings,
  from: number,
  to: number,
  view: FindingsView,
): Mark[] {
  const marks: Mark[] = [];
  const { claims, entities } = findings;
  if (!view.claimsHidden)
    for (const i of claimsIn(claims, from, to)) {
      if (!isClaimShown(claimFacts(claims, i), view.claimFilter)) continue;
      const strength = claimStrength(claims.score[i]!);
      marks.push({
        id: `c${i}`,
        start: claims.start[i]!,
        end: claims.end[i]!,
        kind: 'claim',
        className: `claim claim-${strength}${claims.hedged[i] ? ' claim-hedged' : ''}`,
        data: { claim: String(i), strength },
      });
    }
  for (const i of entitiesIn(entities, from, to)) {
    const type = ENTITY_TYPES[entities.type[i]!]!;
    if (view.hiddenTypes.has(type)) continue;
    const how = entities.corrected[i]! > 0 ? CORRECTION_KINDS[entities.corrected[i]! - 1]! : null;
    marks.push({
      id: `e${i}`,
      start: entities.start[i]!,
      end: entities.end[i]!,
      kind: 'entity',
      className: `entity entity-${type.toLowerCase()}${how ? ' entity-corrected' : ''}`,
      data: {
        'entity-type': type,
        entity: findings.names[entities.name[i]!]!,
        ...(how ? { corrected: CORRECTED_WORDS[how] } : {}),
      },
    });
  }
  return marks;
}

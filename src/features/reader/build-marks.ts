import { correctedSpanKey } from '../../core/analysis-corrections';
import { claimStrength } from '../../core/analysis/claim-strength';
import type { Claim, CorrectionAction, Entity, EntityType } from '../../core/model';
import type { Mark } from '../../lib/highlight';

/** A mention the analyst asked to see, emphasised briefly. */
export type FocusRange = Readonly<{ start: number; end: number }>;

const CORRECTED_WORDS: Record<CorrectionAction['kind'], string> = {
  add: 'added',
  retype: 'type changed',
  confirm: 'confirmed',
  merge: 'merged',
  reject: 'rejected',
};

/**
 * The reader's marks: entities of the visible types (coloured and underlined by type; those the analyst
 * corrected carry `data.corrected`, saying how), the claims the filter shows (unless hidden; marked by
 * strength and hedging) and the emphasised mention. Ids are stable per finding so React keeps the DOM
 * between toggles.
 */
export function buildReaderMarks(
  entities: readonly Entity[],
  claims: readonly Claim[],
  hiddenTypes: ReadonlySet<EntityType>,
  claimsHidden: boolean,
  focus: FocusRange | null,
  corrected: ReadonlyMap<string, CorrectionAction['kind']> = new Map(),
  isShown: (claim: Claim) => boolean = () => true,
): Mark[] {
  const marks: Mark[] = [];
  if (!claimsHidden)
    claims.forEach((c, i) => {
      if (!isShown(c)) return;
      marks.push({
        id: `c${i}`,
        start: c.start,
        end: c.end,
        kind: 'claim',
        className: `claim claim-${claimStrength(c.score)}${c.hedge ? ' claim-hedged' : ''}`,
        data: { claim: String(i), strength: claimStrength(c.score) },
      });
    });
  entities.forEach((e, i) => {
    if (hiddenTypes.has(e.type)) return;
    const how = corrected.get(correctedSpanKey(e.start, e.end));
    marks.push({
      id: `e${i}`,
      start: e.start,
      end: e.end,
      kind: 'entity',
      className: `entity entity-${e.type.toLowerCase()}${how ? ' entity-corrected' : ''}`,
      data: {
        'entity-type': e.type,
        entity: e.canonical,
        ...(how ? { corrected: CORRECTED_WORDS[how] } : {}),
      },
    });
  });
  if (focus) marks.push({ id: 'focus', ...focus, kind: 'focus', className: 'mark-focus' });
  return marks;
}

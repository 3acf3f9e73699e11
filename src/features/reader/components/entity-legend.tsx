import { ENTITY_TYPES } from '../../../core/model';
import { ENTITY_TYPE_PLURALS } from '../../../ui/entity-type-names';
import { TYPE_LETTERS } from '../entity-labels';
import { useReaderStore } from '../store';

/** The highlight legend: one checkbox per entity type (and claims) that shows or hides that layer. */
export function EntityLegend({
  counts,
  claimCount,
}: {
  /** Mentions of each type, in ENTITY_TYPES order. */
  counts: readonly number[];
  claimCount: number;
}) {
  const { hiddenTypes, claimsHidden, toggleType, toggleClaims } = useReaderStore();
  return (
    <fieldset className="entity-legend">
      <legend>Highlights</legend>
      {ENTITY_TYPES.map((type, t) => (
        <label key={type} className="legend-item">
          <input type="checkbox" checked={!hiddenTypes.has(type)} onChange={() => toggleType(type)} />
          <span className={`legend-swatch entity entity-${type.toLowerCase()}`} aria-hidden="true">
            {TYPE_LETTERS[type]}
          </span>
          {ENTITY_TYPE_PLURALS[type]} <span className="muted">({counts[t] ?? 0})</span>
        </label>
      ))}
      <label className="legend-item">
        <input type="checkbox" checked={!claimsHidden} onChange={toggleClaims} />
        <span className="legend-swatch claim" aria-hidden="true">
          C
        </span>
        Claims <span className="muted">({claimCount})</span>
      </label>
    </fieldset>
  );
}

import { useMemo } from 'react';
import { ENTITY_TYPES, type Entity, type EntityType } from '../../../core/model';
import { TYPE_LABELS, TYPE_LETTERS } from '../entity-labels';
import { useReaderStore } from '../store';

/** The highlight legend: one checkbox per entity type (and claims) that shows or hides that layer. */
export function EntityLegend({ entities, claimCount }: { entities: readonly Entity[]; claimCount: number }) {
  const { hiddenTypes, claimsHidden, toggleType, toggleClaims } = useReaderStore();
  const counts = useMemo(() => {
    const byType = new Map<EntityType, number>();
    for (const e of entities) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    return byType;
  }, [entities]);
  return (
    <fieldset className="entity-legend">
      <legend>Highlights</legend>
      {ENTITY_TYPES.map((type) => (
        <label key={type} className="legend-item">
          <input type="checkbox" checked={!hiddenTypes.has(type)} onChange={() => toggleType(type)} />
          <span className={`legend-swatch entity entity-${type.toLowerCase()}`} aria-hidden="true">
            {TYPE_LETTERS[type]}
          </span>
          {TYPE_LABELS[type]} <span className="muted">({counts.get(type) ?? 0})</span>
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

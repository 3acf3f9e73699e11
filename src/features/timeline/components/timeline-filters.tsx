import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { OutletDirectory } from '../../../core/outlets';
import { timelineTagsQuery, type TimelineFilters as Filters } from '../api/get-timeline-articles';

type Props = Readonly<{
  filters: Filters;
  outlets: OutletDirectory | null;
  onChange: (name: keyof Filters, value: string | null) => void;
}>;

/** The timeline's filters: outlet and tag from lists, entity by name (applied on Enter or leaving the field). */
export function TimelineFilters({ filters, outlets, onChange }: Props) {
  const tags = useQuery(timelineTagsQuery()).data ?? [];
  const [entity, setEntity] = useState(filters.entity ?? '');
  const outletList = outlets
    ? [...outlets.outlets.values()].sort((a, b) => a.name.localeCompare(b.name))
    : [];
  const applyEntity = () => onChange('entity', entity.trim() === '' ? null : entity.trim());
  return (
    <div className="timeline-filters" role="group" aria-label="Filters">
      <label>
        Outlet{' '}
        <select value={filters.outlet ?? ''} onChange={(e) => onChange('outlet', e.target.value || null)}>
          <option value="">Any outlet</option>
          {outletList.map((o) => (
            <option key={o.key} value={o.key}>
              {o.name}
            </option>
          ))}
          {filters.outlet !== null && !outletList.some((o) => o.key === filters.outlet) && (
            <option value={filters.outlet}>{filters.outlet}</option>
          )}
        </select>
      </label>
      <label>
        Tag{' '}
        <select value={filters.tag ?? ''} onChange={(e) => onChange('tag', e.target.value || null)}>
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Entity{' '}
        <input
          value={entity}
          placeholder="a name, e.g. a person"
          onChange={(e) => setEntity(e.target.value)}
          onBlur={applyEntity}
          onKeyDown={(e) => {
            if (e.key === 'Enter') applyEntity();
          }}
        />
      </label>
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { findOutlet, type OutletDirectory } from '../../../core/outlets';
import { onEnter } from '../../../ui/on-enter';
import { RecordSelect, type SelectItem } from '../../../ui/record-select';
import { tagsQuery } from '../../../queries/tags';
import type { TimelineFilters as Filters } from '../api/get-timeline-articles';

type Props = Readonly<{
  filters: Filters;
  outlets: OutletDirectory | null;
  onChange: (name: keyof Filters, value: string | null) => void;
}>;

/** The timeline's filters: outlet and tag from lists, entity by name (applied on Enter or leaving the field). */
export function TimelineFilters({ filters, outlets, onChange }: Props) {
  const tags = useQuery(tagsQuery()).data ?? [];
  const [entity, setEntity] = useState(filters.entity ?? '');
  const outletList: SelectItem[] = outlets
    ? [...outlets.outlets.values()]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((o) => ({ id: o.key, name: o.name }))
    : [];
  // The URL may name the outlet rather than give its key: the list shows it chosen all the same.
  const outlet =
    filters.outlet === null
      ? null
      : ((outlets && findOutlet(outlets, filters.outlet)?.key) ?? filters.outlet);
  // An outlet in the URL that no article has (any more) stays chosen, as the URL writes it.
  if (outlet !== null && !outletList.some((o) => o.id === outlet))
    outletList.push({ id: outlet, name: outlet });
  // A filter chosen from a list: its empty choice ("Any outlet") clears it.
  const listFilter = (
    name: 'outlet' | 'tag',
    label: string,
    items: readonly SelectItem[],
    value: string | null,
  ) => (
    <RecordSelect
      label={label}
      empty={`Any ${name}`}
      value={value ?? ''}
      items={items}
      onChange={(id) => onChange(name, id || null)}
    />
  );
  const applyEntity = () => onChange('entity', entity.trim() === '' ? null : entity.trim());
  return (
    <div className="timeline-filters" role="group" aria-label="Filters">
      {listFilter('outlet', 'Outlet', outletList, outlet)}
      {listFilter('tag', 'Tag', tags, filters.tag)}
      <label>
        Entity{' '}
        <input
          value={entity}
          placeholder="a name, e.g. a person"
          onChange={(e) => setEntity(e.target.value)}
          onBlur={applyEntity}
          onKeyDown={(e) => onEnter(e, applyEntity)}
        />
      </label>
    </div>
  );
}

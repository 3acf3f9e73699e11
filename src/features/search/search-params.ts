import type { OutletNamer } from '../../core/outlets';
import type { FilterFacts } from '../../db/search-repo';

/** A search as the URL holds it: `/search?q=…&tag=…&label=…&entity=…&source=…&from=…&to=…`. */
export type SearchParams = Readonly<{
  q: string;
  tag: string;
  label: string;
  entity: string;
  source: string;
  from: string;
  to: string;
}>;

export const FILTER_NAMES = ['tag', 'label', 'entity', 'source', 'from', 'to'] as const;

/** Reads a search from URL parameters (missing ones are empty). */
export function readSearchParams(params: URLSearchParams): SearchParams {
  const get = (k: string) => params.get(k)?.trim() ?? '';
  return {
    q: get('q'),
    tag: get('tag'),
    label: get('label'),
    entity: get('entity'),
    source: get('source'),
    from: get('from'),
    to: get('to'),
  };
}

/**
 * True when an article passes every filter that is set: they combine with AND. The source filter takes any
 * spelling of an outlet or the name the analyst gave it, and keeps the articles of outlets merged into it.
 */
export function matchesFilters(facts: FilterFacts, p: SearchParams, outlets: OutletNamer): boolean {
  const { meta } = facts;
  if (p.tag && !meta.tags.includes(p.tag) && !facts.noteTags.has(p.tag)) return false;
  if (p.label && !facts.labels.has(p.label)) return false;
  if (p.entity && !facts.entities.has(p.entity.toLowerCase())) return false;
  if (p.source && !isFromOutlet(meta.source, p.source, outlets)) return false;
  const date = meta.date?.slice(0, 10) ?? '';
  if ((p.from || p.to) && !date) return false;
  if (p.from && date < p.from) return false;
  if (p.to && date > p.to) return false;
  return true;
}

/** Whether an article's raw source is the outlet `wanted` names (a spelling of it or its shown name). */
function isFromOutlet(source: string | null, wanted: string, outlets: OutletNamer): boolean {
  if (source === null) return false;
  const key = outlets.keyOf(source);
  if (key !== '' && key === outlets.keyOf(wanted)) return true;
  const lower = wanted.toLowerCase();
  return source.toLowerCase() === lower || outlets.nameOf(source)?.toLowerCase() === lower;
}

import type { EntityType } from '../../core/model';

/** Path of one entity's page. */
export function entityPath(type: EntityType, canonical: string): string {
  return `/entities/${type}/${encodeURIComponent(canonical)}`;
}

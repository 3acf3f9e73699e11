import type { EntityType } from '../../core/model';

/** What the entity pages call each type. */
export const TYPE_NAMES: Record<EntityType, string> = {
  PERSON: 'Person',
  ORG: 'Organisation',
  PLACE: 'Place',
  GROUP: 'Group',
  DATE: 'Date',
  NUMBER: 'Number',
};

/** Path of one entity's page. */
export function entityPath(type: EntityType, canonical: string): string {
  return `/entities/${type}/${encodeURIComponent(canonical)}`;
}

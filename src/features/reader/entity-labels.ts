import type { EntityType } from '../../core/model';

/** How the reader names each entity type in the legend and side panel. */
export const TYPE_LABELS: Record<EntityType, string> = {
  PERSON: 'People',
  ORG: 'Organisations',
  PLACE: 'Places',
  GROUP: 'Groups',
  DATE: 'Dates',
  NUMBER: 'Numbers',
};

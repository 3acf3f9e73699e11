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

/** One distinct letter per type, shown beside the colour so the types never depend on colour alone. */
export const TYPE_LETTERS: Record<EntityType, string> = {
  PERSON: 'P',
  ORG: 'O',
  PLACE: 'L',
  GROUP: 'G',
  DATE: 'D',
  NUMBER: 'N',
};

import type { EntityType } from '../../core/model';

/** One distinct letter per type, shown beside the colour so the types never depend on colour alone. */
export const TYPE_LETTERS: Record<EntityType, string> = {
  PERSON: 'P',
  ORG: 'O',
  PLACE: 'L',
  GROUP: 'G',
  DATE: 'D',
  NUMBER: 'N',
};

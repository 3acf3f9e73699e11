import type { EntityType } from '../core/model';

/**
 * What the UI calls one entity of each type ("Organisation", never the code "ORG"): type pickers, a
 * mention's menu, the entity tables, the compare view's titles. One map for every view, so they agree.
 */
export const ENTITY_TYPE_NAMES: Readonly<Record<EntityType, string>> = {
  PERSON: 'Person',
  ORG: 'Organisation',
  PLACE: 'Place',
  GROUP: 'Group',
  DATE: 'Date',
  NUMBER: 'Number',
};

/** What the UI calls the entities of each type together ("Organisations"): the reader's legend and panel. */
export const ENTITY_TYPE_PLURALS: Readonly<Record<EntityType, string>> = {
  PERSON: 'People',
  ORG: 'Organisations',
  PLACE: 'Places',
  GROUP: 'Groups',
  DATE: 'Dates',
  NUMBER: 'Numbers',
};

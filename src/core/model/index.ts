export type * from './article';
export type * from './analysis';
export type * from './annotation';
export type * from './correction';
export { ATTRIBUTION_KINDS, ENTITY_TYPES } from './analysis';
export type * from './backup';
export type * from './comparison';
export type { AnnotationEdit } from './annotation-edit';
export { applyAnnotationEdit, isSameVersion, mergeAnnotationEdits } from './annotation-edit';

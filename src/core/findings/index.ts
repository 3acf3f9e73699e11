export { compactFindings, CORRECTION_KINDS } from './compact-findings';
export type { ClaimColumns, ClaimTip, EntityColumns, EntityGroups, ReaderFindings } from './compact-findings';
export { claimSource, claimsIn, countByType, entitiesIn, entityAt, entityCovering } from './find-in-range';

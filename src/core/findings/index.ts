export { findingsFit } from './check-findings';
export { compactFindings, CORRECTION_KINDS, FINDINGS_FORMAT } from './compact-findings';
export type {
  ClaimColumns,
  ClaimTip,
  ClaimTipColumns,
  EntityColumns,
  EntityGroups,
  ReaderFindings,
} from './compact-findings';
export {
  claimSource,
  claimsIn,
  claimTip,
  countByType,
  entitiesIn,
  entityAt,
  entityCovering,
} from './find-in-range';

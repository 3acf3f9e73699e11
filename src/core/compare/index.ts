// Public API of compare: sentence alignment with discrepancies, coverage across articles, story grouping.
export { compareArticles, type CompareSide } from './compare-articles';
export { alignmentInput } from './alignment-input';
export { buildCoverageMatrix } from './coverage-matrix';
export { groupRelatedArticles, type GroupInput } from './group-related';
export { findStories, type Story } from './find-stories';
export type { Provenance } from './provenance';
export { summarizeCoverage, type OutletCoverage } from './coverage-summary';
export { DEFAULT_ALIGN_OPTIONS, type AlignOptions } from './align';
export { namesMissingFrom } from './names';

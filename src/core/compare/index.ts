// Public API of compare: sentence alignment with discrepancies, coverage across articles, story grouping.
export { compareArticles, type CompareSide } from './compare-articles';
export { buildCoverageMatrix } from './coverage-matrix';
export { groupRelatedArticles, type GroupInput } from './group-related';
export { DEFAULT_ALIGN_OPTIONS, type AlignOptions } from './align';
export { namesMissingFrom } from './names';

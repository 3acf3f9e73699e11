// Public API of the analysis engine: sentences, entities and claims as offsets into an article's clean text.
export { splitSentences } from './sentences';
export { createNumberFinder, findNumbers, MEASURE_UNITS } from './numbers';
export { analyzeText, ENGINE_VERSION } from './analyze';
export { loadAnalysisModels, type AnalysisModels } from './models';

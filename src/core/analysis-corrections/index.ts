export { applyCorrections, correctedSpanKey } from './apply-corrections';
export type { CorrectedFindings } from './apply-corrections';
export { correctionsByArticle } from './corrections-by-article';
export { findWholeWords, planCorrections } from './plan-corrections';
export type { CorrectionRequest } from './plan-corrections';

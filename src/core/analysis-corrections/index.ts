export { applyCorrections } from './apply-corrections';
export type { CorrectedFindings } from './apply-corrections';

export { describeRange, snapToCodePoints, QUOTE_CONTEXT } from './describe-range';
export { anchorTarget, MIN_QUOTE_SIMILARITY } from './anchor-target';
export type { AnchorResult } from './anchor-target';
export { reanchorAll } from './reanchor-all';

export { cleanOutletName, outletKey } from './outlet-key';
export { buildOutletDirectory, finalOutletKey, type Outlet, type OutletDirectory } from './outlet-directory';
export { findOutlet } from './find-outlet';
export { findMissingFacts, summarizeOutlets, type MissingFact, type OutletSummary } from './outlet-summary';
export { buildOutletNamer, type OutletNamer } from './outlet-namer';

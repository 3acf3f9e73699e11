import type { WorkerCommands } from './commands';
import { createInThreadClient, createWorkerClient, type RpcClient } from './rpc';

/** Typed RPC to the analysis worker; `call` resolves with the command's output. */
export type AnalysisClient = RpcClient<WorkerCommands>;

function createClient(): AnalysisClient {
  // The in-thread fallback serves Node (unit tests) only. Built for browsers, its dynamic import would emit a
  // second copy of the handlers, pdf.js, its worker and mammoth (~0.6 MB gzip) beside the worker's own, so a
  // production build leaves it out.
  if (!import.meta.env.PROD && typeof Worker === 'undefined') {
    return createInThreadClient(async () => (await import('./handlers')).handlers);
  }
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  return createWorkerClient<WorkerCommands>(worker, 'analysis');
}

let shared: AnalysisClient | null = null;
let pool: AnalysisClient[] | null = null;

/** The app's analysis client: a module Web Worker where available, else in-thread. */
export function getAnalysisClient(): AnalysisClient {
  shared ??= createClient();
  return shared;
}

/**
 * Workers for bulk ingest, one per core up to two, apart from the analysis worker so an import never queues
 * behind a long analysis; a large import uses both cores of a small machine while the page stays responsive.
 */
export function getIngestPool(): readonly AnalysisClient[] {
  const size = Math.max(1, Math.min(2, globalThis.navigator?.hardwareConcurrency ?? 2));
  pool ??= Array.from({ length: size }, createClient);
  return pool;
}

import type { WorkerCommands } from './commands';
import type { CompareCommands } from './compare-handlers';
import type { ReaderCommands } from './reader-handlers';
import { createInThreadClient, createWorkerClient, type RpcClient } from './rpc';

/** Typed RPC to the jobs worker (import, analysis, compare, stories, export, backup checks). */
export type JobsClient = RpcClient<WorkerCommands>;

function createClient(): JobsClient {
  // The in-thread fallback serves Node (unit tests) only. Built for browsers, its dynamic import would emit a
  // second copy of the handlers, pdf.js, its worker and mammoth (~0.6 MB gzip) beside the worker's own, so a
  // production build leaves it out.
  if (!import.meta.env.PROD && typeof Worker === 'undefined') {
    return createInThreadClient(async () => (await import('./handlers')).handlers);
  }
  const worker = new Worker(new URL('./jobs.worker.ts', import.meta.url), { type: 'module' });
  return createWorkerClient<WorkerCommands>(worker, 'analysis');
}

let shared: JobsClient | null = null;
let reader: RpcClient<ReaderCommands> | null = null;
let pool: JobsClient[] | null = null;

/** The app's jobs client: a module Web Worker where available, else in-thread. */
export function getJobsClient(): JobsClient {
  shared ??= createClient();
  return shared;
}

/**
 * A worker for the reader's reads alone (`reader.worker.ts`, a small bundle), so opening an article never waits
 * behind a long analysis or compare in the jobs worker, nor for its code to load.
 */
export function getReaderClient(): RpcClient<ReaderCommands> {
  if (reader) return reader;
  if (!import.meta.env.PROD && typeof Worker === 'undefined') {
    reader = createInThreadClient(async () => (await import('./reader-handlers')).readerHandlers);
  } else {
    const worker = new Worker(new URL('./reader.worker.ts', import.meta.url), { type: 'module' });
    reader = createWorkerClient<ReaderCommands>(worker, 'reader');
  }
  return reader;
}

/**
 * Workers for bulk ingest, apart from the jobs worker so an import never queues behind a long analysis: one
 * per core but one, up to two. Writing to IndexedDB takes a core of its own (the browser's database threads:
 * the raw write of 1,000 analysed articles kept both cores of a 2-core machine busy), and each worker compiles
 * the engine and loads the models again; with two workers on two cores a 1,000-file import took 3.6–4.1 s and
 * 6.8 CPU-seconds, with one 3.3–3.6 s and 5.5, and 100 HTML pages 1.58 s against 1.19 s.
 */
export function getIngestPool(): readonly JobsClient[] {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 2;
  const size = Math.max(1, Math.min(2, cores - 1));
  pool ??= Array.from({ length: size }, createClient);
  return pool;
}

/** Limits of a call in a worker of its own: a deadline, and a signal that abandons it (e.g. leaving the view). */
export type OwnWorkerLimits = Readonly<{ timeoutMs: number; signal?: AbortSignal }>;

/** The error of a call stopped at its deadline: the view says it took too long rather than that it broke. */
export class WorkerTimeoutError extends Error {
  override name = 'WorkerTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`it took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`);
  }
}

let spare: Worker | null = null;

const startCompareWorker = () =>
  new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });

/**
 * Starts the next comparison's worker ahead of the call (the compare view does it as its code loads), so the
 * worker's code is loaded and parsed by the time the articles are read and ready to align.
 */
export function prepareCompareWorker(): void {
  if (typeof Worker === 'undefined' || spare) return;
  spare = startCompareWorker();
}

/**
 * Runs one compare command in a compare worker of its own (the one prepared ahead, if any), terminated at its
 * deadline (rejecting with `WorkerTimeoutError`) or when `signal` aborts: a runaway computation stops for real,
 * and the page never waits on it. A worker that answered is kept as the next call's spare: its code is loaded
 * and compiled already (in Node, a second alignment of the same 250 KB pair took 611 ms against 797 ms for the
 * first). Without module workers it runs in-thread, with no deadline.
 */
export async function callInOwnWorker<K extends keyof CompareCommands & string>(
  command: K,
  input: CompareCommands[K]['input'],
  { timeoutMs, signal }: OwnWorkerLimits,
): Promise<CompareCommands[K]['output']> {
  if (!import.meta.env.PROD && typeof Worker === 'undefined')
    return createInThreadClient(async () => (await import('./compare-handlers')).compareHandlers).call(
      command,
      input,
    );
  signal?.throwIfAborted();
  const worker = spare ?? startCompareWorker();
  spare = null;
  const client = createWorkerClient<CompareCommands>(worker, 'compare');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort = () => {};
  const stopped = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new WorkerTimeoutError(timeoutMs)), timeoutMs);
    onAbort = () => reject(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  let answered = false;
  try {
    const output = await Promise.race([client.call(command, input), stopped]);
    answered = true;
    return output;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    if (answered && !spare) spare = worker;
    else worker.terminate();
  }
}

import type { CommandName, WorkerCommands, WorkerRequest, WorkerResponse } from './commands';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** Typed RPC to the analysis worker; `call` resolves with the command's output. */
export type AnalysisClient = {
  /** `transfer` hands buffers to the worker instead of copying them (the caller must not use them after). */
  call<K extends CommandName>(
    command: K,
    input: WorkerCommands[K]['input'],
    transfer?: Transferable[],
  ): Promise<WorkerCommands[K]['output']>;
};

function createWorkerClient(worker: Worker): AnalysisClient {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const reply = event.data;
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (reply.ok) waiter.resolve(reply.output);
    else waiter.reject(new Error(reply.error));
  };
  worker.onerror = (event) => {
    const error = new Error(`The analysis worker failed: ${event.message}`);
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  return {
    call(command, input, transfer = []) {
      const id = nextId++;
      const request: WorkerRequest = { id, command, input };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage(request, transfer);
      });
    },
  };
}

/** Runs the same handlers on the calling thread: for environments without module workers, and tests. */
function createInThreadClient(): AnalysisClient {
  return {
    async call(command, input) {
      const { handlers } = await import('./handlers');
      const handler = handlers[command] as (input: unknown) => Promise<never>;
      return handler(input);
    },
  };
}

function createClient(): AnalysisClient {
  if (typeof Worker === 'undefined') return createInThreadClient();
  return createWorkerClient(new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }));
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

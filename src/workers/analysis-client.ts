import type { CommandName, WorkerCommands, WorkerRequest, WorkerResponse } from './commands';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** Typed RPC to the analysis worker; `call` resolves with the command's output. */
export type AnalysisClient = {
  call<K extends CommandName>(
    command: K,
    input: WorkerCommands[K]['input'],
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
    call(command, input) {
      const id = nextId++;
      const request: WorkerRequest = { id, command, input };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        // Byte buffers are copied, not transferred: the caller may still need them (a retry, a bad-file report).
        worker.postMessage(request);
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

let shared: AnalysisClient | null = null;

/** The app's one analysis client: a module Web Worker where available, else in-thread. */
export function getAnalysisClient(): AnalysisClient {
  if (shared) return shared;
  if (typeof Worker === 'undefined') {
    shared = createInThreadClient();
  } else {
    shared = createWorkerClient(
      new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }),
    );
  }
  return shared;
}

/// <reference lib="webworker" />
import type { WorkerRequest, WorkerResponse } from './commands';
import { handlers } from './handlers';

declare const self: DedicatedWorkerGlobalScope;

// A thin switch: every command is a core function; errors travel back as messages, never kill the worker.
self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, command, input } = event.data;
  let response: WorkerResponse;
  try {
    const handler = handlers[command] as (input: unknown) => Promise<unknown>;
    response = { id, ok: true, output: await handler(input) };
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};

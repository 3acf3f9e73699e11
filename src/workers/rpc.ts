import { errorNames } from '../core/errors/error-names';
/** A worker's typed commands: each name's input and output. */
export type CommandMap = Record<string, { input: unknown; output: unknown }>;

/** The functions behind each command of `C`; a worker serves them and the in-thread client calls them. */
export type Handlers<C extends CommandMap> = {
  [K in keyof C]: (input: C[K]['input']) => Promise<C[K]['output']>;
};

type Request = { id: number; command: string; input: unknown };
type Response =
  { id: number; ok: true; output: unknown } | { id: number; ok: false; error: string; names: string[] };
/** A message a worker sends unasked, such as progress: it has no request id. */
type Notice = { notice: unknown };

/** What of a dedicated worker's global scope serving needs. */
type WorkerScope = {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: Response | Notice): void;
};

/** Typed RPC to a worker; `call` resolves with the command's output. */
export type RpcClient<C extends CommandMap> = {
  /** `transfer` hands buffers to the worker instead of copying them (the caller must not use them after). */
  call<K extends keyof C & string>(
    command: K,
    input: C[K]['input'],
    transfer?: Transferable[],
  ): Promise<C[K]['output']>;
};

/** A client posting commands to `worker`; notices (messages without a request id) go to `onNotice`. */
export function createWorkerClient<C extends CommandMap>(
  worker: Worker,
  name: string,
  onNotice: (notice: unknown) => void = () => {},
): RpcClient<C> {
  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<Response | Notice>) => {
    const reply = event.data;
    if ('notice' in reply) return onNotice(reply.notice);
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (reply.ok) waiter.resolve(reply.output as never);
    else waiter.reject(rebuildError(reply.error, reply.names));
  };
  // A reply the page cannot deserialize names no request: fail them all rather than leave one waiting forever.
  worker.onmessageerror = () => {
    const error = new Error(`The ${name} worker sent a reply the page could not read.`);
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  // A script error reaches the page as an ErrorEvent, and the worker lives on; a worker whose code could not
  // be loaded gets a plain Event and is gone: later calls fail at once instead of waiting forever.
  let dead: Error | null = null;
  worker.onerror = (event: Event) => {
    const loaded = 'message' in event;
    const error = loaded
      ? new Error(`The ${name} worker failed: ${(event as ErrorEvent).message}`)
      : new Error(`The ${name} worker could not be started. Reload the page to try again.`);
    if (!loaded) dead = error;
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  return {
    call(command, input, transfer = []) {
      if (dead) return Promise.reject(dead);
      const id = nextId++;
      const request: Request = { id, command, input };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        try {
          worker.postMessage(request, transfer);
        } catch (error) {
          // An input that cannot be cloned (a DataCloneError, or a stack overflow on a deep value).
          pending.delete(id);
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
  };
}

/** Runs the same handlers on the calling thread: for environments without module workers, and tests. */
export function createInThreadClient<C extends CommandMap>(
  loadHandlers: () => Promise<Handlers<C>>,
): RpcClient<C> {
  return {
    async call(command, input) {
      return (await loadHandlers())[command](input);
    },
  };
}

/**
 * Makes this worker a thin switch over `handlers`: each request calls one, and errors travel back as
 * messages, never killing the worker; every request gets a reply, even when its answer cannot be sent. Returns a function that sends a notice to the page.
 */
export function serveCommands<C extends CommandMap>(
  scope: WorkerScope,
  handlers: Handlers<C>,
): (notice: unknown) => void {
  scope.onmessage = async (event: MessageEvent<Request>) => {
    const { id, command, input } = event.data;
    let response: Response;
    try {
      response = { id, ok: true, output: await handlers[command]!(input) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      response = { id, ok: false, error: message, names: errorNames(error) };
    }
    try {
      scope.postMessage(response);
    } catch (error) {
      // The output cannot be cloned (a DataCloneError, or a stack overflow on a deep value): the call must
      // still settle, so the page hears why instead of waiting forever.
      const message = error instanceof Error ? error.message : String(error);
      scope.postMessage({
        id,
        ok: false,
        error: `The worker could not send its answer to “${command}” to the page: ${message}`,
        names: errorNames(error),
      });
    }
  };
  return (notice) => scope.postMessage({ notice } satisfies Notice);
}

/** An Error with the worker's message and name, wrapping errors of the other names as a `cause` chain. */
function rebuildError(message: string, names: readonly string[]): Error {
  const error = new Error(message, names.length > 1 ? { cause: rebuildError(message, names.slice(1)) } : {});
  if (names[0]) error.name = names[0];
  return error;
}

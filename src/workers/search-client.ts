import { createInThreadClient, createWorkerClient, type Handlers, type RpcClient } from './rpc';
import type { SearchCommands, SearchProgress } from './search-commands';

export type { SearchProgress, SearchRow } from './search-commands';

let client: RpcClient<SearchCommands> | null = null;
let progress: SearchProgress | null = null;
const listeners = new Set<() => void>();

function setProgress(next: SearchProgress): void {
  progress = next;
  for (const listener of listeners) listener();
}

function createClient(): RpcClient<SearchCommands> {
  // In-thread for Node (unit tests) only: in a production build it would bundle the index code twice.
  if (!import.meta.env.PROD && typeof Worker === 'undefined') {
    let handlers: Handlers<SearchCommands> | null = null;
    return createInThreadClient(async () => {
      handlers ??= (await import('./search-service')).createSearchHandlers(setProgress);
      return handlers;
    });
  }
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  return createWorkerClient<SearchCommands>(worker, 'search', (notice) =>
    setProgress(notice as SearchProgress),
  );
}

/** The app's search client: the index lives in a module Web Worker where available, else in-thread. */
export function getSearchClient(): RpcClient<SearchCommands> {
  client ??= createClient();
  return client;
}

type ChangeName = Exclude<keyof SearchCommands, 'search' | 'rows' | 'warm'>;

/**
 * Tells the search index about a change already written to the database. Before the first search there is
 * no index to change (it will be built from the database), so nothing is sent and no worker is started.
 */
export function updateSearchIndex<K extends ChangeName>(command: K, input: SearchCommands[K]['input']): void {
  client?.call(command, input).catch((error: unknown) => console.error('Search index update failed', error));
}

/**
 * Starts the search worker and has it load the saved index, if there is one, so the first search does not
 * wait for it. Without a saved index nothing is built ahead (the first search builds it).
 */
export function warmSearchIndex(): void {
  getSearchClient()
    .call('warm', {})
    .catch((error: unknown) => console.warn('The saved search index could not be loaded', error));
}

/** The latest build progress the index reported (null before any build), for `useSyncExternalStore`. */
export function getSearchProgress(): SearchProgress | null {
  return progress;
}

/** Calls `listener` whenever the build progress changes; returns the unsubscribe function. */
export function subscribeSearchProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

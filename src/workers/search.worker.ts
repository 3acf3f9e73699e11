/// <reference lib="webworker" />
import { serveCommands } from './rpc';
import type { SearchCommands } from './search-commands';
import { createSearchHandlers } from './search-service';

declare const self: DedicatedWorkerGlobalScope;

// The index lives here, off the page's thread: building it for 10,000 articles takes seconds.
const notify = serveCommands<SearchCommands>(
  self,
  createSearchHandlers((progress) => notify(progress)),
);

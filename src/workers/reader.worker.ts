/// <reference lib="webworker" />
import { readerHandlers, type ReaderCommands } from './reader-handlers';
import { serveCommands } from './rpc';

declare const self: DedicatedWorkerGlobalScope;

// The reader's worker loads only the database reads and the findings columns, not the import, export and
// analysis code of the jobs worker: it answers the first request of an opened article sooner.
serveCommands<ReaderCommands>(self, readerHandlers);

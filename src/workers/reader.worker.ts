/// <reference lib="webworker" />
import { db } from '../db/schema';
import { readerHandlers, type ReaderCommands } from './reader-handlers';
import { serveCommands } from './rpc';

declare const self: DedicatedWorkerGlobalScope;

// The reader's worker loads only the database reads and the findings columns, not the import, export and
// analysis code of the jobs worker: it answers the first request of an opened article sooner.
serveCommands<ReaderCommands>(self, readerHandlers);
// Open the database as the worker starts (it is started before an article is opened): the first read then
// finds it open. A failure to open is the first read's to report.
db.open().catch(() => {});

/// <reference lib="webworker" />
import { compareHandlers, type CompareCommands } from './compare-handlers';
import { serveCommands } from './rpc';

declare const self: DedicatedWorkerGlobalScope;

// A compare worker loads the compare code only, not the jobs worker's import, export and analysis code: one
// is started ahead of a comparison that has none idle (see `callInOwnWorker`), so its start is on the way to
// the view's first rows.
serveCommands<CompareCommands>(self, compareHandlers);

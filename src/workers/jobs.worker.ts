/// <reference lib="webworker" />
import type { WorkerCommands } from './commands';
import { handlers } from './handlers';
import { serveCommands } from './rpc';

declare const self: DedicatedWorkerGlobalScope;

serveCommands<WorkerCommands>(self, handlers);

import { analyzeText, loadAnalysisModels } from '../core/analysis';
import { findStories } from '../core/compare';
import { loadEntityIndex } from '../db/entity-repo';
import { loadSpeakerTable } from '../db/speaker-repo';
import { compareHandlers } from './compare-handlers';
import { readerHandlers } from './reader-handlers';
import type { WorkerCommands } from './commands';
import { exportHandlers } from './export-handlers';
import { importHandlers } from './import-handlers';
import type { Handlers } from './rpc';

/** The core functions behind each worker command; the client runs the same ones in-thread as a fallback. */
export const handlers: Handlers<WorkerCommands> = {
  ...importHandlers,
  // The model loads on the first analysis, in this worker's own chunk.
  analyze: async ({ text }) => analyzeText(text, await loadAnalysisModels()),
  ...exportHandlers,
  ...compareHandlers,
  findStories: async ({ docs }) => findStories(docs),
  entityIndex: async ({ stories }) => loadEntityIndex(stories),
  speakerTable: async ({ ids }) => loadSpeakerTable(ids),
  ...readerHandlers,
};

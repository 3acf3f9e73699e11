import { analyzeText, loadAnalysisModels } from '../core/analysis';
import { buildCoverageMatrix, compareArticles, findStories } from '../core/compare';
import { loadEntityIndex } from '../db/entity-repo';
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
  compare: async ({ a, b }) => compareArticles(a, b),
  coverageMatrix: async ({ sides }) => buildCoverageMatrix(sides),
  findStories: async ({ docs }) => findStories(docs),
  entityIndex: async ({ stories }) => loadEntityIndex(stories),
  ...readerHandlers,
};

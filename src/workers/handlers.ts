import { analyzeText, loadAnalysisModels } from '../core/analysis';
import { buildCoverageMatrix, compareArticles, groupRelatedArticles } from '../core/compare';
import type { WorkerCommands } from './commands';
import { exportHandlers } from './export-handlers';
import { importHandlers } from './import-handlers';
import type { Handlers } from './rpc';

/** The core functions behind each worker command; the client runs the same ones in-thread as a fallback. */
export const handlers: Handlers<WorkerCommands> = {
  ...importHandlers,
  analyze: async ({ text }) => analyzeText(text, await loadAnalysisModels()),
  ...exportHandlers,
  compare: async ({ a, b }) => compareArticles(a, b),
  coverageMatrix: async ({ sides }) => buildCoverageMatrix(sides),
  groupRelated: async ({ docs }) => groupRelatedArticles(docs),
};

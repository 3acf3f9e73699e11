import { buildCoverageMatrix, compareArticles } from '../core/compare';
import type { WorkerCommands } from './commands';
import type { Handlers } from './rpc';

/** The commands a compare worker answers: aligning two articles, or the coverage matrix of several. */
export type CompareCommands = Pick<WorkerCommands, 'compare' | 'coverageMatrix'>;

export const compareHandlers: Handlers<CompareCommands> = {
  compare: async ({ a, b }) => compareArticles(a, b),
  coverageMatrix: async ({ sides }) => buildCoverageMatrix(sides),
};

import type { QueryClient } from '@tanstack/react-query';
import { create } from 'zustand';
import { ENGINE_VERSION } from '../core/analysis/version';
import { listArticlesNeedingAnalysis, saveAnalysis } from '../db/analysis-repo';
import { getArticle } from '../db/article-repo';
import { useToastStore } from '../ui/toast-store';
import { getJobsClient } from '../workers/jobs-client';
import { analysisKeys, entityKeys } from './query-keys';
import { describeWriteError, isStorageFull } from './storage/storage-full';

type QueueState = { done: number; total: number; current: string | null };

/** Progress of the background analysis queue, for the shell's status line ("Analysing 3 of 40…"). */
export const useAnalysisQueue = create<QueueState>(() => ({ done: 0, total: 0, current: null }));

const queue: string[] = [];
const queued = new Set<string>();
let running = false;
let queryClient: QueryClient | null = null;
let holds = 0;
let released: (() => void) | null = null;
let whenReleased: Promise<void> = Promise.resolve();

/**
 * Holds the queue while `work` runs (a bulk import): analysis and ingest would compete for the same cores and
 * IndexedDB, and an import is what the analyst is waiting for. Queued articles are analysed right after.
 */
export async function holdAnalysisDuring<T>(work: () => Promise<T>): Promise<T> {
  if (holds++ === 0) whenReleased = new Promise((resolve) => (released = resolve));
  try {
    return await work();
  } finally {
    if (--holds === 0) released?.();
  }
}

async function analyseOne(id: string): Promise<void> {
  const article = await getArticle(id);
  if (!article) return;
  const result = await getJobsClient().call('analyze', { text: article.text });
  const saved = await saveAnalysis({
    ...result,
    articleId: id,
    engineVersion: ENGINE_VERSION,
    analyzedAt: Date.now(),
  });
  if (saved && queryClient) {
    await queryClient.invalidateQueries({ queryKey: analysisKeys.detail(id) });
    await queryClient.invalidateQueries({ queryKey: entityKeys.all });
  }
}

/**
 * On a full disk every further analysis would be refused too: empty the queue (the articles keep no
 * analysis, so the next start queues them again) and say so once.
 */
function stopOnFullStorage(error: unknown): void {
  for (const id of queue) queued.delete(id);
  queue.length = 0;
  useToastStore.getState().show({
    message: describeWriteError(error, 'Analysis failed', 'Analyses are made again on the next start.'),
  });
}

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  try {
    while (queue.length > 0) {
      if (holds > 0) await whenReleased;
      const id = queue.shift()!;
      useAnalysisQueue.setState({ current: id });
      try {
        await analyseOne(id);
      } catch (error) {
        if (isStorageFull(error)) stopOnFullStorage(error);
        // One article the engine chokes on must not stop the others; it is retried on the next start.
        else console.warn(`Analysis of article ${id} failed`, error);
      }
      queued.delete(id);
      useAnalysisQueue.setState((s) => ({ done: s.done + 1 }));
    }
  } finally {
    running = false;
    useAnalysisQueue.setState({ done: 0, total: 0, current: null });
  }
}

/**
 * Queues articles for analysis in the worker, one at a time, and returns at once: importing never waits
 * for analysis. Already-queued ids are not queued twice.
 */
export function enqueueAnalysis(ids: readonly string[]): void {
  const fresh = ids.filter((id) => !queued.has(id));
  if (fresh.length === 0) return;
  for (const id of fresh) queued.add(id);
  queue.push(...fresh);
  useAnalysisQueue.setState((s) => ({ total: s.total + fresh.length }));
  void drain();
}

/**
 * Connects the queue to the app's query client (so saved analyses refresh open views) and queues every
 * article whose analysis is missing or older than the engine, oldest import first.
 */
export async function startBackgroundAnalysis(client: QueryClient): Promise<void> {
  queryClient = client;
  enqueueAnalysis(await listArticlesNeedingAnalysis(ENGINE_VERSION));
}

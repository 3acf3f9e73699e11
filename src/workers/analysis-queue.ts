import { ENGINE_VERSION } from '../core/analysis/version';
import { listArticlesNeedingAnalysis, saveAnalysis } from '../db/analysis-repo';
import { getArticle } from '../db/article-repo';
import { getJobsClient } from './jobs-client';

/** How far the queue is: articles analysed (or given up) of those queued since it was last idle. */
export type AnalysisProgress = Readonly<{ done: number; total: number }>;

/** What the app hears from the queue: an analysis stored, or one article's analysis failed. */
export type AnalysisListeners = Readonly<{
  saved: (articleId: string) => void | Promise<void>;
  failed: (articleId: string, error: unknown) => void;
}>;

const IDLE: AnalysisProgress = { done: 0, total: 0 };

/**
 * A queue that analyses articles one at a time and in order, each id once while queued, and waits while a
 * hold is on (a bulk import: analysis and ingest would compete for the same cores and IndexedDB). It knows
 * nothing of views: what to do with a saved analysis or a failure is the listeners' business.
 */
export class AnalysisQueue {
  private readonly queue: string[] = [];
  private readonly queued = new Set<string>();
  private readonly watchers = new Set<() => void>();
  private progress: AnalysisProgress = IDLE;
  private running = false;
  private holds = 0;
  private release: (() => void) | null = null;
  private released: Promise<void> = Promise.resolve();
  private listeners: AnalysisListeners | null = null;

  /** `analyse` analyses and stores one article; it returns whether an analysis was saved. */
  constructor(private readonly analyse: (articleId: string) => Promise<boolean>) {}

  /** Sets who hears of saved analyses and failures (the app, once it is up). */
  listen(listeners: AnalysisListeners): void {
    this.listeners = listeners;
  }

  /** Queues articles and returns at once: importing never waits for analysis. Queued ids are not queued twice. */
  enqueue(ids: readonly string[]): void {
    const fresh = ids.filter((id) => !this.queued.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) this.queued.add(id);
    this.queue.push(...fresh);
    this.setProgress({ ...this.progress, total: this.progress.total + fresh.length });
    void this.drain();
  }

  /** Holds the queue while `work` runs; queued articles are analysed right after. */
  async holdDuring<T>(work: () => Promise<T>): Promise<T> {
    if (this.holds++ === 0) this.released = new Promise((resolve) => (this.release = resolve));
    try {
      return await work();
    } finally {
      if (--this.holds === 0) this.release?.();
    }
  }

  /** Drops every article still waiting (the one under way finishes); they are queued again on the next start. */
  clear(): void {
    for (const id of this.queue) this.queued.delete(id);
    this.setProgress({ ...this.progress, total: this.progress.total - this.queue.length });
    this.queue.length = 0;
  }

  /** The current progress; the same object until it changes (for React's useSyncExternalStore). */
  getProgress = (): AnalysisProgress => this.progress;

  /** Calls `watcher` on every change of progress; returns the unsubscribe function. */
  subscribe = (watcher: () => void): (() => void) => {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  };

  private setProgress(progress: AnalysisProgress): void {
    this.progress = progress;
    for (const watcher of this.watchers) watcher();
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queue.length > 0) {
        if (this.holds > 0) await this.released;
        const id = this.queue.shift()!;
        try {
          if (await this.analyse(id)) await this.listeners?.saved(id);
        } catch (error) {
          // One article the engine chokes on must not stop the others; it is retried on the next start.
          if (this.listeners) this.listeners.failed(id, error);
          else console.warn(`Analysis of article ${id} failed`, error);
        }
        this.queued.delete(id);
        this.setProgress({ ...this.progress, done: this.progress.done + 1 });
      }
    } finally {
      this.running = false;
      this.setProgress(IDLE);
    }
  }
}

/** Analyses one stored article in the jobs worker and stores the result; false when nothing was saved. */
export async function analyseStoredArticle(articleId: string): Promise<boolean> {
  const article = await getArticle(articleId);
  if (!article) return false;
  const result = await getJobsClient().call('analyze', { text: article.text });
  return saveAnalysis(
    { ...result, articleId, engineVersion: ENGINE_VERSION, analyzedAt: Date.now() },
    article.contentHash,
  );
}

let shared: AnalysisQueue | null = null;

/** The app's one background analysis queue. */
export function getAnalysisQueue(): AnalysisQueue {
  shared ??= new AnalysisQueue(analyseStoredArticle);
  return shared;
}

/** Queues articles for background analysis (see {@link AnalysisQueue.enqueue}). */
export function enqueueAnalysis(ids: readonly string[]): void {
  getAnalysisQueue().enqueue(ids);
}

/** Holds background analysis while `work` (a bulk import) runs (see {@link AnalysisQueue.holdDuring}). */
export function holdAnalysisDuring<T>(work: () => Promise<T>): Promise<T> {
  return getAnalysisQueue().holdDuring(work);
}

/**
 * Connects the queue to the app and queues every article whose analysis is missing or older than the
 * engine, oldest import first.
 */
export async function startBackgroundAnalysis(listeners: AnalysisListeners): Promise<void> {
  const queue = getAnalysisQueue();
  queue.listen(listeners);
  queue.enqueue(await listArticlesNeedingAnalysis(ENGINE_VERSION));
}

import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { maxBytesFor } from '../../../core/ingest/limits';
import type { ArticleFormat, ArticleMeta } from '../../../core/model';
import {
  loadVersionIndex,
  replaceWithNewVersion,
  type VersionIndex,
  type VersionUpdate,
} from '../../../db/article-version-repo';
import { journalImportStart } from '../../../db/import-journal-repo';
import { enqueueAnalysis, holdAnalysisDuring } from '../../../lib/background-analysis';
import { pageId } from '../../../lib/page-lock';
import {
  analysisKeys,
  annotationKeys,
  articleKeys,
  correctionKeys,
  entityKeys,
  storageKeys,
} from '../../../lib/query-keys';
import { describeWriteError } from '../../../lib/storage/storage-full';
import { requestPersistenceForStoredWork } from '../../../lib/storage/storage-status';
import { getAnalysisClient, getIngestPool, type AnalysisClient } from '../../../workers/analysis-client';
import type { PreparedArticle, PreparedFile } from '../../../workers/import-commands';
import { updateSearchIndex } from '../../../workers/search-client';
import { useImportStore, type FilePatch } from '../import-store';
import { settleInJournal } from './import-journal';

/** A file to import: a dropped or picked File, or text the analyst pasted. */
export type ImportSource = Readonly<
  { name: string; file: File } | { name: string; text: string; format?: ArticleFormat }
>;

// Files are ingested in worker batches and each batch is written in one transaction, while the next batch is
// already being ingested: per-file messages and transactions made a 1,000-file import ~50x slower than the
// raw write.
const BATCH = 200;
// The first batch is smaller so storing starts sooner: until it is read, the database has nothing to do.
const FIRST_BATCH = 50;

/** Where each batch of `count` files starts, and where the last ends. */
function batchBounds(count: number): number[] {
  const bounds = [0];
  for (let at = Math.min(FIRST_BATCH, count); at < count; at += BATCH) bounds.push(at);
  return [...bounds, count];
}

function formatSize(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

function tooLarge(size: number, maxBytes: number): PreparedFile {
  return {
    ok: false,
    error: `${formatSize(size)} is too large: the workbench reads files like this up to ${formatSize(maxBytes)}.`,
  };
}

/** A file's result and the worker holding its articles until they are stored. */
type Prepared = Readonly<{ result: PreparedFile; worker: AnalysisClient }>;

/** Prepares a batch across the worker pool; the result list is in the order of `sources`. */
async function prepareBatch(sources: readonly ImportSource[], importedAt: number): Promise<Prepared[]> {
  const results: Prepared[] = new Array(sources.length);
  const files: { index: number; fileName: string; file: File }[] = [];
  const pasted: Promise<void>[] = [];
  const failed = (e: unknown): PreparedFile => ({ ok: false, error: String(e) });
  sources.forEach((source, index) => {
    const worker = getAnalysisClient();
    if ('text' in source)
      pasted.push(
        worker
          .call('prepareText', {
            text: source.text,
            fileName: source.name,
            format: source.format,
            importedAt,
          })
          .catch(failed)
          .then((result) => void (results[index] = { result, worker })),
      );
    else if (source.file.size > maxBytesFor(source.name))
      results[index] = { result: tooLarge(source.file.size, maxBytesFor(source.name)), worker };
    else files.push({ index, fileName: source.name, file: source.file });
  });
  const pool = getIngestPool();
  const share = Math.ceil(files.length / pool.length);
  await Promise.all(
    pool.map(async (worker, w) => {
      const part = files.slice(w * share, (w + 1) * share);
      if (part.length === 0) return;
      const input = { files: part.map(({ fileName, file }) => ({ fileName, file })), importedAt };
      const out = await worker.call('prepareFiles', input).catch((e: unknown) => part.map(() => failed(e)));
      part.forEach(
        (f, i) => (results[f.index] = { result: out[i] ?? failed('No answer from the worker.'), worker }),
      );
    }),
  );
  await Promise.all(pasted);
  return results;
}

/**
 * Starts the ingest workers once the page is idle, so the first drop does not wait for them to load their
 * code. Returns a cancel function for effects.
 */
export function warmUpImport(): () => void {
  const warm = () => void getIngestPool();
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(warm, { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(warm, 1000);
  return () => clearTimeout(timer);
}

/**
 * Returns a function that imports files: ingest in the worker, store new articles, and report each file's
 * fate in the import status list. One bad file never stops the others.
 */
export function useImportFiles(): (sources: readonly ImportSource[]) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (sources) => {
      await holdAnalysisDuring(async () => {
        const { enqueue, updateMany } = useImportStore.getState();
        const keys = enqueue(sources.map((s) => s.name));
        const bounds = batchBounds(sources.length);
        const batchAt = (b: number) =>
          sources
            .slice(bounds[b], bounds[b + 1])
            .map((source, j) => ({ source, key: keys[bounds[b]! + j]! }));
        const start = (b: number) => {
          const batch = batchAt(b);
          updateMany(new Map(batch.map(({ key }) => [key, { state: 'working' as const }])));
          return prepareBatch(
            batch.map((item) => item.source),
            Date.now(),
          );
        };
        let refreshedAt = performance.now();
        let next: Promise<Prepared[]> | null = sources.length > 0 ? start(0) : null;
        const [versions] = await Promise.all([
          loadVersionIndex(),
          journalImportStart(
            keys.map((key, i) => ({ key, name: sources[i]!.name })),
            pageId(),
            Date.now(),
          ).catch(journalFailed),
        ]);
        for (let b = 0; next; b++) {
          const batch = batchAt(b);
          const results = await next;
          next = b + 2 < bounds.length ? start(b + 1) : null;
          const patches = new Map<string, FilePatch>();
          const update = (key: string, patch: FilePatch) =>
            patches.set(key, { ...patches.get(key), ...patch });
          const pending: Pending[] = [];
          results.forEach(({ result, worker }, j) => {
            const { key } = batch[j]!;
            if (!result.ok) update(key, { state: 'failed', message: result.error });
            else if (result.articles.length === 0)
              update(key, { state: 'failed', message: 'No article text found.' });
            else
              for (const article of result.articles)
                pending.push({ key, article, worker, warnings: result.warnings });
          });
          const rest = await storeVersions(versions, pending, update);
          const stored = await storeBatch(rest, update);
          for (const meta of stored) versions.add(meta);
          if (stored.length > 0) requestPersistenceForStoredWork(queryClient);
          updateMany(patches);
          // The store transaction settled the journal entries of files it stored or found already stored.
          const settledByStore = new Set(rest.map((p) => p.key));
          await settleInJournal(patches, settledByStore).catch(journalFailed);
          // Re-reading lists competes with the next write: the library's list at most once a second, without
          // waiting for it, and everything else once at the end.
          if (next && performance.now() - refreshedAt > 1000) {
            refreshedAt = performance.now();
            void queryClient.invalidateQueries({ queryKey: articleKeys.all });
          }
          if (!next) {
            await queryClient.invalidateQueries({ queryKey: articleKeys.all });
            await queryClient.invalidateQueries({ queryKey: annotationKeys.all });
            await queryClient.invalidateQueries({ queryKey: correctionKeys.all });
            await queryClient.invalidateQueries({ queryKey: analysisKeys.all });
            await queryClient.invalidateQueries({ queryKey: entityKeys.all });
            await queryClient.invalidateQueries({ queryKey: storageKeys.all });
          }
        }
      });
    },
    [queryClient],
  );
}

// The journal only helps explain an interrupted import: failing to write it (a full disk) must not stop the
// import, whose own writes report the problem per file.
const journalFailed = (error: unknown) => console.warn('Import journal not updated', error);

/** An article prepared in `worker`, from the file with status-list key `key`. */
type Pending = Readonly<{
  key: string;
  article: PreparedArticle;
  worker: AnalysisClient;
  warnings: readonly string[];
}>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The status line of an article replaced by its new version. */
function describeUpdate(u: VersionUpdate): string {
  const parts = [`${plural(u.placed, 'annotation')} moved`];
  if (u.orphaned > 0) parts.push(`${u.orphaned} could not be placed`);
  if (u.correctionsLost > 0) parts.push(`${plural(u.correctionsLost, 'correction')} could not be placed`);
  return `Updated to a new version (${parts.join(', ')}).`;
}

/**
 * Stores each article that is a new version of a stored one (same URL, or title and source, or file name,
 * with other text) in place of it, re-anchoring its annotations; returns the rest, which are new.
 */
async function storeVersions(
  versions: VersionIndex,
  pending: readonly Pending[],
  update: (key: string, patch: FilePatch) => void,
): Promise<Pending[]> {
  const perFile = new Map<string, number>();
  for (const p of pending) perFile.set(p.key, (perFile.get(p.key) ?? 0) + 1);
  const rest: Pending[] = [];
  for (const p of pending) {
    try {
      const previous = versions.lookUp(p.article, perFile.get(p.key) === 1);
      if (!previous) {
        rest.push(p);
        continue;
      }
      const [whole] = await p.worker.call('takePrepared', { ids: [p.article.id] });
      const result = await replaceWithNewVersion(previous.id, whole!.article, whole!.analysis);
      versions.add(result.meta);
      updateSearchIndex('upsertArticles', { ids: [previous.id] });
      if (!whole!.analysis) enqueueAnalysis([previous.id]);
      update(p.key, { state: 'imported', articleIds: [previous.id], message: describeUpdate(result) });
    } catch (error) {
      update(p.key, {
        state: 'failed',
        message: describeWriteError(error, 'Could not update the stored version'),
      });
    }
  }
  return rest;
}

/**
 * Stores new articles, from the workers that prepared them: one transaction per worker, each with the
 * analyses and the journal entries it settles. Returns the metadata of those stored.
 */
async function storeBatch(
  pending: readonly Pending[],
  update: (key: string, patch: FilePatch) => void,
): Promise<readonly ArticleMeta[]> {
  const byWorker = new Map<AnalysisClient, Pending[]>();
  for (const p of pending) byWorker.set(p.worker, [...(byWorker.get(p.worker) ?? []), p]);
  const stored = await Promise.all([...byWorker].map(([worker, part]) => storeFrom(worker, part, update)));
  return stored.flat();
}

async function storeFrom(
  worker: AnalysisClient,
  pending: readonly Pending[],
  update: (key: string, patch: FilePatch) => void,
): Promise<readonly ArticleMeta[]> {
  try {
    const { stored, duplicates } = await worker.call('storePrepared', {
      ids: pending.map((p) => p.article.id),
      journalKeys: [...new Set(pending.map((p) => p.key))],
    });
    const storedIds = new Set(stored.map((s) => s.id));
    // Those the engine failed on during ingest are tried again behind the import.
    enqueueAnalysis(
      pending.filter((p) => !p.article.analyzed && storedIds.has(p.article.id)).map((p) => p.article.id),
    );
    updateSearchIndex('upsertArticles', { ids: [...storedIds] });
    const byKey = new Map<string, Pending[]>();
    for (const p of pending) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
    for (const [key, items] of byKey) {
      const ids = items.filter((p) => storedIds.has(p.article.id)).map((p) => p.article.id);
      const warnings = items[0]?.warnings ?? [];
      if (ids.length > 0) {
        const dupNote =
          ids.length < items.length ? ` (${items.length - ids.length} already in the library)` : '';
        update(key, {
          state: 'imported',
          articleIds: ids,
          message: [...warnings].join(' ') + dupNote || null,
        });
      } else {
        const existing = duplicates.find((d) => items.some((p) => p.article.id === d.id))?.existing;
        update(key, {
          state: 'duplicate',
          articleIds: existing ? [existing.id] : [],
          message: `Already in the library${existing ? `: “${existing.title}”` : ''}.`,
        });
      }
    }
    return stored;
  } catch (error) {
    const message = describeWriteError(error, 'Could not store');
    for (const p of pending) update(p.key, { state: 'failed', message });
    return [];
  }
}

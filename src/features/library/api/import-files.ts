import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { maxBytesFor } from '../../../core/ingest/limits';
import type { KnownMeta } from '../../../core/ingest';
import type { ArticleFormat, ArticleMeta } from '../../../core/model';
import {
  loadVersionIndex,
  replaceWithNewVersion,
  type VersionIndex,
  type VersionUpdate,
} from '../../../db/article-version-repo';
import {
  clearImportJournal,
  journalChunkSettle,
  journalImportStart,
  type ChunkSettlement,
} from '../../../db/import-journal-repo';
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
import { getIngestPool, type JobsClient } from '../../../workers/jobs-client';
import type { PreparedArticle, PreparedFile } from '../../../workers/import-commands';
import { updateSearchIndex } from '../../../workers/search-client';
import { useImportStore, type FilePatch } from '../import-store';

/** A file to import: a dropped or picked File, or text the analyst pasted (with the title, outlet, date typed). */
export type ImportSource = Readonly<
  { name: string; file: File } | { name: string; text: string; format?: ArticleFormat; known?: KnownMeta }
>;

// Each ingest worker takes chunks of files from the import's queue: it prepares the next chunk while it stores
// the last one in one transaction, and no worker waits for the other. Every transaction costs ~20 ms however
// small (1,000 files in chunks of 50 took ~25% longer than in chunks of 200); the first chunk is smaller so
// storing starts sooner, larger ones would leave one worker alone at the end, and a chunk of big files is cut
// by size so that progress still moves every fraction of a second.
const FIRST_CHUNK = 50;
const CHUNK = 200;
const CHUNK_BYTES = 1_500_000;

const REFRESH_EVERY_MS = 5000;

const sizeOf = (source: ImportSource): number => ('file' in source ? source.file.size : source.text.length);

/** The import's chunks in order: the first one per worker smaller, the rest up to CHUNK files and CHUNK_BYTES. */
function splitIntoChunks<T extends Readonly<{ source: ImportSource }>>(
  queue: readonly T[],
  workers: number,
): T[][] {
  const chunks: T[][] = [];
  for (let at = 0; at < queue.length;) {
    const count = chunks.length < workers ? FIRST_CHUNK : CHUNK;
    let end = at;
    for (let bytes = 0; end < queue.length && end - at < count; end++) {
      bytes += sizeOf(queue[end]!.source);
      if (bytes > CHUNK_BYTES && end > at) break;
    }
    chunks.push(queue.slice(at, end));
    at = end;
  }
  return chunks;
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

/** A file to import with its key in the status list. */
type QueuedFile = Readonly<{ source: ImportSource; key: string }>;

/** Prepares `chunk` in `worker`: a result per file, in order; its articles wait in that worker. */
async function prepareChunk(
  worker: JobsClient,
  chunk: readonly QueuedFile[],
  importedAt: number,
): Promise<PreparedFile[]> {
  const failed = (e: unknown): PreparedFile => ({ ok: false, error: String(e) });
  const results: Promise<PreparedFile>[] = [];
  const files: { fileName: string; file: File }[] = [];
  const fileResults: number[] = [];
  for (const { source } of chunk) {
    if ('text' in source) {
      const { text, format, known } = source;
      const input = { text, fileName: source.name, format, known, importedAt };
      results.push(worker.call('prepareText', input).catch(failed));
    } else if (source.file.size > maxBytesFor(source.name)) {
      results.push(Promise.resolve(tooLarge(source.file.size, maxBytesFor(source.name))));
    } else {
      fileResults.push(results.length);
      results.push(Promise.resolve(failed('No answer from the worker.')));
      files.push({ fileName: source.name, file: source.file });
    }
  }
  if (files.length > 0) {
    const out = await worker
      .call('prepareFiles', { files, importedAt })
      .catch((e: unknown) => files.map(() => failed(e)));
    out.forEach((result, i) => (results[fileResults[i]!] = Promise.resolve(result)));
  }
  return Promise.all(results);
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
        const queue: QueuedFile[] = sources.map((source, i) => ({ source, key: keys[i]! }));
        const pool = getIngestPool();
        const chunks = splitIntoChunks(queue, pool.length);
        let taken = 0;
        // Nothing is stored before the journal lists every chunk (the store settles its chunk) and the stored
        // articles are indexed by what finds an earlier version.
        const ready = Promise.all([
          loadVersionIndex(),
          journalImportStart(
            chunks.map((chunk) => chunk.map(({ key, source }) => ({ key, name: source.name }))),
            pageId(),
            Date.now(),
          ).catch(journalFailed),
        ]);
        let refreshedAt = performance.now();

        const store = async (
          chunk: readonly QueuedFile[],
          results: readonly PreparedFile[],
          worker: JobsClient,
        ) => {
          const [versions] = await ready;
          const patches = new Map<string, FilePatch>();
          const update = (key: string, patch: FilePatch) =>
            patches.set(key, { ...patches.get(key), ...patch });
          const pending: Pending[] = [];
          results.forEach((result, j) => {
            const { key } = chunk[j]!;
            if (!result.ok) update(key, { state: 'failed', message: result.error });
            else if (result.articles.length === 0)
              update(key, { state: 'failed', message: 'No article text found.' });
            else
              for (const article of result.articles)
                pending.push({ key, article, worker, warnings: result.warnings });
          });
          const rest = await storeVersions(versions, pending, update);
          const names = new Map(chunk.map(({ key, source }) => [key, source.name]));
          const settlement = (): ChunkSettlement => ({
            chunk: chunk[0]!.key,
            failed: [...patches].flatMap(([key, p]) =>
              p.state === 'failed'
                ? [{ key, name: names.get(key)!, message: p.message ?? 'Not imported.' }]
                : [],
            ),
          });
          // The transaction that stores the chunk settles it in the journal; without one, it is settled here.
          const { stored, settled } = await storeNew(worker, rest, update, settlement());
          if (!settled) await journalChunkSettle(settlement()).catch(journalFailed);
          for (const meta of stored) versions.add(meta);
          if (stored.length > 0) requestPersistenceForStoredWork(queryClient);
          // Failures of earlier imports that this one has now imported leave the list and the journal.
          const superseded = updateMany(patches);
          if (superseded.length > 0) void clearImportJournal(superseded).catch(journalFailed);
          // Re-reading lists competes with the import for the CPU (one refresh of the library's list cost a
          // 1,000-file import ~0.5 s of CPU): the list at most every 5 s, without waiting for it, so a long
          // import still shows articles arriving, and everything else once at the end. The status list shows
          // progress all along.
          if (performance.now() - refreshedAt > REFRESH_EVERY_MS) {
            refreshedAt = performance.now();
            void queryClient.invalidateQueries({ queryKey: articleKeys.all });
          }
        };

        await Promise.all(
          pool.map(async (worker) => {
            const prepareNext = () => {
              const chunk = chunks[taken++];
              if (!chunk) return null;
              updateMany(new Map(chunk.map(({ key }) => [key, { state: 'working' as const }])));
              return { chunk, results: prepareChunk(worker, chunk, Date.now()) };
            };
            for (let next = prepareNext(); next;) {
              const { chunk, results } = next;
              const prepared = await results;
              next = prepareNext();
              await store(chunk, prepared, worker);
            }
          }),
        );
        await ready;
        await queryClient.invalidateQueries({ queryKey: articleKeys.all });
        await queryClient.invalidateQueries({ queryKey: annotationKeys.all });
        await queryClient.invalidateQueries({ queryKey: correctionKeys.all });
        await queryClient.invalidateQueries({ queryKey: analysisKeys.all });
        await queryClient.invalidateQueries({ queryKey: entityKeys.all });
        await queryClient.invalidateQueries({ queryKey: storageKeys.all });
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
  worker: JobsClient;
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
 * Stores new articles from the worker that prepared them, in one transaction with their analyses and the
 * journal entries it settles; returns the metadata of those stored.
 */
async function storeNew(
  worker: JobsClient,
  pending: readonly Pending[],
  update: (key: string, patch: FilePatch) => void,
  journal: ChunkSettlement,
): Promise<Readonly<{ stored: readonly ArticleMeta[]; settled: boolean }>> {
  if (pending.length === 0) return { stored: [], settled: false };
  try {
    const { stored, duplicates } = await worker.call('storePrepared', {
      ids: pending.map((p) => p.article.id),
      journal,
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
    return { stored, settled: true };
  } catch (error) {
    const message = describeWriteError(error, 'Could not store');
    for (const p of pending) update(p.key, { state: 'failed', message });
    return { stored: [], settled: false };
  }
}

import { refuseArchiveFromDirectory, type KnownMeta } from '../../core/ingest';
import { extensionOf, maxBytesFor } from '../../core/ingest/limits';
import type { ArticleFormat } from '../../core/model';
import { loadVersionIndex, replaceWithNewVersion } from '../../db/article-version-repo';
import { journalChunkSettle, journalImportStart, type ChunkSettlement } from '../../db/import-journal-repo';
import type { JobsClient } from '../../workers/jobs-client';
import type { PreparedFile } from '../../workers/import-commands';
import type { FilePatch } from './import-store';
import { storeNew, storeVersions, type Pending, type StoredNotice } from './import-writes';

/**
 * A file to import: a dropped or picked File, text the analyst pasted (with the title, outlet, date typed), or
 * a dropped entry the browser would not read (listed as failed, with why).
 */
export type ImportSource = Readonly<
  | { name: string; file: File }
  | { name: string; text: string; format?: ArticleFormat; known?: KnownMeta }
  | { name: string; error: string }
>;

/** The database writes of an import besides the workers' own: version look-up and replacement, the journal. */
export type ImportStorage = Readonly<{
  loadVersionIndex: typeof loadVersionIndex;
  replaceWithNewVersion: typeof replaceWithNewVersion;
  journalImportStart: typeof journalImportStart;
  journalChunkSettle: typeof journalChunkSettle;
}>;

/** The import's writes into the app's IndexedDB. */
export const importStorageInDb: ImportStorage = {
  loadVersionIndex,
  replaceWithNewVersion,
  journalImportStart,
  journalChunkSettle,
};

/** What an import works with, passed in so it runs the same in the app and in a unit test. */
export type ImportDeps = Readonly<{
  /** Workers that prepare and store chunks: the ingest pool, or in-thread clients. */
  workers: readonly JobsClient[];
  storage: ImportStorage;
  /** Adds the files to the status list as waiting; returns their keys, in order. */
  enqueue: (names: readonly string[]) => string[];
  /** Reports files' progress; earlier failures of files that reached an end leave the list. */
  progress: (patches: ReadonlyMap<string, FilePatch>) => void;
  /** Articles just stored or replaced (to index for search), and those to analyse again behind the import. */
  stored: StoredNotice;
  /** Re-reads what the import changed: the article list while it runs, everything once at the end. */
  invalidate: (scope: 'list' | 'all') => Promise<void>;
  /** The page that owns the import's journal entries. */
  owner: string;
}>;

// Each ingest worker takes chunks of files from the import's queue: it prepares the next chunk while it stores
// the last one in one transaction, and no worker waits for the other. Every transaction costs ~20 ms however
// small (1,000 files in chunks of 50 took ~25% longer than in chunks of 200); the first chunk is smaller so
// storing starts sooner, larger ones would leave one worker alone at the end, and a chunk of big files is cut
// by size so that progress still moves every fraction of a second.
const FIRST_CHUNK = 50;
const CHUNK = 200;
const CHUNK_BYTES = 1_500_000;

// Re-reading lists competes with the import for the CPU (one refresh of the library's list cost a 1,000-file
// import ~0.5 s of CPU): the list at most every 5 s, without waiting for it, so a long import still shows
// articles arriving, and everything else once at the end. The status list shows progress all along.
const REFRESH_EVERY_MS = 5000;

const sizeOf = (source: ImportSource): number =>
  'file' in source ? source.file.size : 'text' in source ? source.text.length : 0;

/** The import's chunks in order: the first one per worker smaller, the rest up to CHUNK files and CHUNK_BYTES. */
export function splitIntoChunks<T extends Readonly<{ source: ImportSource }>>(
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

const formatSize = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

function tooLarge(size: number, maxBytes: number): PreparedFile {
  return {
    ok: false,
    error: `${formatSize(size)} is too large: the workbench reads files like this up to ${formatSize(maxBytes)}.`,
  };
}

/** A file to import with its key in the status list. */
type QueuedFile = Readonly<{ source: ImportSource; key: string }>;

/** Prepares `chunk` in `worker`: a result per file, in order; its articles wait in that worker. */
/** ZIPs up to this size have their directory read on the page before any worker sees them. */
const PRECHECK_BYTES = 16 * 1024 * 1024;

/**
 * The refusal of a ZIP whose directory alone shows a bomb, read here in milliseconds: a worker that is still
 * starting on a loaded machine takes seconds, and the analyst should not wait for it to be told no.
 */
async function precheckArchive(name: string, file: File): Promise<PreparedFile | null> {
  if (extensionOf(name) !== 'zip' || file.size > PRECHECK_BYTES) return null;
  const refusal = refuseArchiveFromDirectory(name, new Uint8Array(await file.arrayBuffer()));
  return refusal === null ? null : { ok: false, error: refusal };
}

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
    if ('error' in source) {
      results.push(Promise.resolve({ ok: false, error: source.error }));
    } else if ('text' in source) {
      const { text, format, known } = source;
      const input = { text, fileName: source.name, format, known, importedAt };
      results.push(worker.call('prepareText', input).catch(failed));
    } else if (source.file.size > maxBytesFor(source.name)) {
      results.push(Promise.resolve(tooLarge(source.file.size, maxBytesFor(source.name))));
    } else {
      const refused = await precheckArchive(source.name, source.file).catch(() => null);
      if (refused) {
        results.push(Promise.resolve(refused));
        continue;
      }
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

// The journal only helps explain an interrupted import: failing to write it (a full disk) must not stop the
// import, whose own writes report the problem per file.
const journalFailed = (error: unknown) => console.warn('Import journal not updated', error);

/**
 * Imports files: the workers read, clean and analyse them chunk by chunk and store new articles; new
 * versions of stored articles replace them; each file's fate goes to `progress`. One bad file never stops
 * the others, and a failed write is reported per file, never thrown.
 */
export async function importFiles(sources: readonly ImportSource[], deps: ImportDeps): Promise<void> {
  const { workers, storage, progress } = deps;
  const keys = deps.enqueue(sources.map((s) => s.name));
  const queue: QueuedFile[] = sources.map((source, i) => ({ source, key: keys[i]! }));
  const chunks = splitIntoChunks(queue, workers.length);
  let taken = 0;
  // Nothing is stored before the journal lists every chunk (the store settles its chunk) and the stored
  // articles are indexed by what finds an earlier version.
  const ready = Promise.all([
    storage.loadVersionIndex(),
    storage
      .journalImportStart(
        chunks.map((chunk) => chunk.map(({ key, source }) => ({ key, name: source.name }))),
        deps.owner,
        Date.now(),
      )
      .catch(journalFailed),
  ]);
  let refreshedAt = performance.now();

  const store = async (
    chunk: readonly QueuedFile[],
    results: readonly PreparedFile[],
    worker: JobsClient,
  ) => {
    const [versions] = await ready;
    const patches = new Map<string, FilePatch>();
    const update = (key: string, patch: FilePatch) => patches.set(key, { ...patches.get(key), ...patch });
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
    const rest = await storeVersions(versions, pending, update, storage.replaceWithNewVersion, deps.stored);
    const names = new Map(chunk.map(({ key, source }) => [key, source.name]));
    const settlement = (): ChunkSettlement => ({
      chunk: chunk[0]!.key,
      supersedes: { before: keys[0]!, names: [...names.values()] },
      failed: [...patches].flatMap(([key, p]) =>
        p.state === 'failed' ? [{ key, name: names.get(key)!, message: p.message ?? 'Not imported.' }] : [],
      ),
    });
    // The transaction that stores the chunk settles it in the journal; without one, it is settled here.
    const { stored, settled } = await storeNew(worker, rest, update, settlement(), deps.stored);
    if (!settled) await storage.journalChunkSettle(settlement()).catch(journalFailed);
    for (const meta of stored) versions.add(meta);
    // Failures of earlier imports of these files leave the list, as they left the journal with the settlement.
    progress(patches);
    if (performance.now() - refreshedAt > REFRESH_EVERY_MS) {
      refreshedAt = performance.now();
      void deps.invalidate('list');
    }
  };

  await Promise.all(
    workers.map(async (worker) => {
      const prepareNext = () => {
        const chunk = chunks[taken++];
        if (!chunk) return null;
        progress(new Map(chunk.map(({ key }) => [key, { state: 'working' as const }])));
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
  await deps.invalidate('all');
}

import {
  isJournalChunk,
  type ImportJournalChunk,
  type ImportJournalEntry,
} from './records/import-journal-record';
import { db } from './schema';

export type { ImportJournalEntry };

/** The message for a file the page never finished importing. */
export const UNFINISHED_MESSAGE =
  'The import stopped before this file was stored (the page was closed or reloaded). Import it again.';

/** A file of an import, by its key in the status list. */
export type JournalFile = Readonly<{ key: string; name: string }>;

/**
 * How a chunk of an import ended: its key (its first file's) and the files of it that failed, with why; and,
 * with `supersedes`, the names of its files, whose failures in imports before `before` (the first key of this
 * import) this attempt replaces.
 */
export type ChunkSettlement = Readonly<{
  chunk: string;
  failed: readonly Readonly<{ key: string; name: string; message: string }>[];
  supersedes?: Readonly<{ before: string; names: readonly string[] }>;
}>;

/** Records the chunks of an import as pending, before any of their files is read. */
export async function journalImportStart(
  chunks: readonly (readonly JournalFile[])[],
  owner: string,
  startedAt: number,
): Promise<void> {
  await db.imports.bulkPut(
    chunks
      .filter((files) => files.length > 0)
      .map((files): ImportJournalChunk => ({
        key: files[0]!.key,
        owner,
        state: 'pending',
        startedAt,
        files,
      })),
  );
}

/**
 * Settles a chunk: its record leaves the journal and its failures stay, with their message; earlier failures
 * of the same files leave too (the list shows a file's latest attempt). Joins the transaction it is called in,
 * so the transaction that stores a chunk settles it too, and a reload never lists a failure the page had
 * already dropped.
 */
export async function settleChunkRecords({ chunk, failed, supersedes }: ChunkSettlement): Promise<void> {
  const record = await db.imports.get(chunk);
  await db.imports.delete(chunk);
  if (supersedes && supersedes.names.length > 0) {
    const names = new Set(supersedes.names);
    const earlier = await db.imports
      .where('key')
      .below(supersedes.before)
      .filter((r) => !isJournalChunk(r) && r.state === 'failed' && names.has(r.name))
      .primaryKeys();
    await db.imports.bulkDelete(earlier);
  }
  const owner = record?.owner ?? '';
  const startedAt = record?.startedAt ?? Date.now();
  await db.imports.bulkPut(
    failed.map((f) => ({
      key: f.key,
      owner,
      name: f.name,
      state: 'failed' as const,
      message: f.message,
      startedAt,
    })),
  );
}

/** Settles a chunk nothing was stored from (every file failed, was already stored or replaced a version). */
export async function journalChunkSettle(settlement: ChunkSettlement): Promise<void> {
  await db.transaction('rw', db.imports, () => settleChunkRecords(settlement));
}

/**
 * The journal's failures, in import order. Pending chunks (and files) of pages no longer open (`openPages`
 * says which are) are files those pages never finished: they become failures with a message saying so. Another
 * open tab's import in progress, and this page's own, are left alone.
 */
export async function readImportFailures(
  openPages: () => Promise<ReadonlySet<string>>,
): Promise<ImportJournalEntry[]> {
  // The open pages are asked after the journal is read, and only chunks read before are judged: a page takes
  // its lock before it journals a chunk, so the owner of each of those shows among them if it is open. Asked
  // first, an import that started meanwhile (this page's, dropped as it opened) read as abandoned.
  const seen = new Set((await db.imports.toArray()).flatMap((r) => (r.state === 'pending' ? [r.key] : [])));
  const open = seen.size > 0 ? await openPages() : new Set<string>();
  return db.transaction('rw', db.imports, async () => {
    const records = await db.imports.orderBy('key').toArray();
    const abandoned = records.filter((r) => r.state === 'pending' && seen.has(r.key) && !open.has(r.owner));
    const unfinished = abandoned.flatMap((r): ImportJournalEntry[] =>
      (isJournalChunk(r) ? r.files : [r]).map((f) => ({
        key: f.key,
        owner: r.owner,
        name: f.name,
        state: 'failed',
        message: UNFINISHED_MESSAGE,
        startedAt: r.startedAt,
      })),
    );
    await db.imports.bulkDelete(abandoned.filter(isJournalChunk).map((c) => c.key));
    await db.imports.bulkPut(unfinished);
    const failed = records.filter((r): r is ImportJournalEntry => !isJournalChunk(r) && r.state === 'failed');
    // Keys are strings: compared by code unit, as the database orders them.
    return [...failed, ...unfinished].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  });
}

/** Forgets files the analyst cleared from the status list. */
export async function clearImportJournal(keys: readonly string[]): Promise<void> {
  await db.imports.bulkDelete([...keys]);
}

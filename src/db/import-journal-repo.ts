import type { ImportJournalEntry } from './records/import-journal-record';
import { db } from './schema';

export type { ImportJournalEntry };

/** The message for a file the page never finished importing. */
export const UNFINISHED_MESSAGE =
  'The import stopped before this file was stored (the page was closed or reloaded). Import it again.';

/** Records the files of an import as pending, before any of them is read. */
export async function journalImportStart(
  files: readonly Readonly<{ key: string; name: string }>[],
  owner: string,
  startedAt: number,
): Promise<void> {
  await db.imports.bulkPut(
    files.map(({ key, name }) => ({ key, owner, name, state: 'pending' as const, message: null, startedAt })),
  );
}

/** Settles files: those stored (or already in the library) leave the journal, failures stay with their message. */
export async function journalImportSettle(
  settled: readonly Readonly<{ key: string; failed: string | null }>[],
): Promise<void> {
  const failed = settled.filter((s) => s.failed !== null);
  await db.transaction('rw', db.imports, async () => {
    await db.imports.bulkDelete(settled.filter((s) => s.failed === null).map((s) => s.key));
    const entries = await db.imports.bulkGet(failed.map((f) => f.key));
    await db.imports.bulkPut(
      entries.flatMap((e, i) => (e ? [{ ...e, state: 'failed' as const, message: failed[i]!.failed }] : [])),
    );
  });
}

/**
 * The journal's failures, in import order. Pending entries of pages no longer open (`isLive` says which are)
 * are files those pages never finished: they become failures with a message saying so. Another open tab's
 * import in progress is left alone.
 */
export async function readImportFailures(isLive: (owner: string) => boolean): Promise<ImportJournalEntry[]> {
  return db.transaction('rw', db.imports, async () => {
    const entries = await db.imports.orderBy('key').toArray();
    const abandoned = entries
      .filter((e) => e.state === 'pending' && !isLive(e.owner))
      .map((e) => ({ ...e, state: 'failed' as const, message: UNFINISHED_MESSAGE }));
    await db.imports.bulkPut(abandoned);
    const byKey = new Map(abandoned.map((e) => [e.key, e]));
    return entries.map((e) => byKey.get(e.key) ?? e).filter((e) => e.state === 'failed');
  });
}

/** Forgets files the analyst cleared from the status list. */
export async function clearImportJournal(keys: readonly string[]): Promise<void> {
  await db.imports.bulkDelete([...keys]);
}

import { clearImportJournal, journalImportSettle, readImportFailures } from '../../../db/import-journal-repo';
import { openPageIds } from '../../../lib/page-lock';
import { isFinished, useImportStore, type FilePatch } from '../import-store';

/**
 * Puts the files an earlier page failed or never finished back in the status list, so after a reload or a
 * crash the analyst still sees which files to import again.
 */
export async function restoreImportFailures(): Promise<void> {
  const open = await openPageIds();
  const failures = await readImportFailures((owner) => open.has(owner));
  useImportStore.getState().restore(
    failures.map((e) => ({
      key: e.key,
      name: e.name,
      state: 'failed',
      message: e.message,
      articleIds: [],
    })),
  );
}

/**
 * Takes settled files out of the journal; failures stay there, with their message, until cleared. Files in
 * `settledByStore` that did not fail were settled by the transaction that stored them.
 */
export async function settleInJournal(
  patches: ReadonlyMap<string, FilePatch>,
  settledByStore: ReadonlySet<string> = new Set(),
): Promise<void> {
  const settled = [...patches].flatMap(([key, p]): { key: string; failed: string | null }[] => {
    if (!p.state || !isFinished(p.state)) return [];
    if (p.state === 'failed') return [{ key, failed: p.message ?? 'Not imported.' }];
    return settledByStore.has(key) ? [] : [{ key, failed: null }];
  });
  if (settled.length > 0) await journalImportSettle(settled);
}

/** Clears finished files from the status list and from the journal. */
export function clearFinishedImports(): void {
  const { files, clearFinished } = useImportStore.getState();
  const keys = files.filter((f) => isFinished(f.state)).map((f) => f.key);
  clearFinished();
  void clearImportJournal(keys);
}

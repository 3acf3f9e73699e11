import { clearImportJournal, readImportFailures } from '../../../db/import-journal-repo';
import { openPageIds } from '../../../lib/page-lock';
import { isFinished, useImportStore } from '../import-store';

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

/** Clears finished files from the status list and from the journal. */
export function clearFinishedImports(): void {
  const { files, clearFinished } = useImportStore.getState();
  const keys = files.filter((f) => isFinished(f.state)).map((f) => f.key);
  clearFinished();
  void clearImportJournal(keys);
}

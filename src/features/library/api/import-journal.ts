import { clearImportJournal, readImportFailures } from '../../../db/import-journal-repo';
import { openPageIds } from '../../../lib/page-lock';
import { isFinished, useImportStore } from '../import-store';

/**
 * Puts the files an earlier page failed or never finished back in the status list, so after a reload or a
 * crash the analyst still sees which files to import again.
 */
export async function restoreImportFailures(): Promise<void> {
  const failures = await readImportFailures(openPageIds);
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
 * Clears finished files from the journal, then from the status list (only earlier imports' failures, given
 * 'earlier'): a reload as soon as the list is clear does not bring them back. Should the journal refuse (a
 * broken database), the list is cleared all the same.
 */
export async function clearFinishedImports(which: 'all' | 'earlier' = 'all'): Promise<void> {
  const keys = useImportStore
    .getState()
    .files.filter((f) => isFinished(f.state) && (which === 'all' || f.earlier))
    .map((f) => f.key);
  await clearImportJournal(keys).catch((error: unknown) => console.warn('Import journal not cleared', error));
  // Only those: a file that finished meanwhile has its journal entry still.
  useImportStore.getState().clearFinished(keys);
}

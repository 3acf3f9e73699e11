import { checkFileSize, MAX_BACKUP_BYTES } from '../../../core/export';
import { restoreBackup } from '../../../db/backup-repo';
import { describeWriteError } from '../../../lib/storage/storage-full';
import { getJobsClient } from '../../../workers/jobs-client';
import { describeCounts } from '../counts-text';
import type { ExportProgress } from '../store';
import { useWorkbenchFileAction } from './workbench-file-action';

/**
 * Restores a backup file: its size checked before it is read, parsed and checked record by record in the
 * worker, then written (or merged into a used workbench) in one transaction. A file that cannot be restored throws a sentence saying why, and nothing is written.
 */
export async function restoreBackupFile(
  file: File,
  onProgress: (p: ExportProgress) => void = () => {},
): Promise<string> {
  const tooBig = checkFileSize(file.size, MAX_BACKUP_BYTES);
  if (tooBig) throw new Error(`Could not restore “${file.name}”: ${tooBig}. Nothing was changed.`);
  onProgress({ label: 'Checking the backup', done: 0, total: 2 });
  const parsed = await getJobsClient().call('parseBackup', { json: await file.text() });
  if (!parsed.ok) throw new Error(`Could not restore “${file.name}”: ${parsed.error}. Nothing was changed.`);
  onProgress({ label: 'Writing records', done: 1, total: 2 });
  const { added, skipped } = await restoreBackup(parsed.value).catch((error: unknown) => {
    throw new Error(describeWriteError(error, `Could not restore “${file.name}”`));
  });
  const already = describeCounts(skipped);
  return (
    `Restored from “${file.name}”: added ${describeCounts(added)}` +
    (already === 'nothing' ? '.' : `; already present: ${already}.`)
  );
}

/** "Restore backup…": asks the browser to keep what it stored, and refreshes every view afterwards. */
export const useRestoreBackup = () => useWorkbenchFileAction(restoreBackupFile, { persist: true });

import { useMutation } from '@tanstack/react-query';
import { readBackupData } from '../../../db/export-repo';
import { downloadText } from '../../../lib/download';
import { useToastStore } from '../../../ui/toast-store';
import { getJobsClient } from '../../../workers/jobs-client';
import { exportFileName } from '../file-names';
import { useExportStore, type ExportProgress } from '../store';

/** Reads every record in chunks (with progress), writes the versioned backup in the worker and downloads it. */
export async function downloadBackup(
  onProgress: (p: ExportProgress) => void,
  now = new Date(),
): Promise<{ fileName: string; articles: number }> {
  const data = await readBackupData((done, total) => onProgress({ label: 'Reading articles', done, total }));
  onProgress({ label: 'Writing backup', done: data.articles.length, total: data.articles.length });
  const file = await getJobsClient().call('createBackup', { data, createdAt: now.toISOString() });
  const fileName = exportFileName('backup', file.extension, now);
  downloadText(fileName, file.text, file.mimeType);
  return { fileName, articles: data.articles.length };
}

/** "Download backup" as a background task with progress and a toast naming the file. */
export function useDownloadBackup() {
  const setProgress = useExportStore((s) => s.setProgress);
  const show = useToastStore((s) => s.show);
  return useMutation({
    meta: { errorShownInline: true },
    mutationFn: () => downloadBackup(setProgress),
    onSuccess: ({ fileName, articles }) =>
      show({
        message: `Backup of ${articles} ${articles === 1 ? 'article' : 'articles'} saved as ${fileName}.`,
      }),
    onSettled: () => setProgress(null),
  });
}

import { useMutation } from '@tanstack/react-query';
import type { ExportArticle } from '../../../core/export';
import {
  keepAnnotatedIds,
  listArticleIds,
  readExportChunk,
  readTagsAndLabels,
} from '../../../db/export-repo';
import { downloadText } from '../../../lib/download';
import { useToastStore } from '../../../ui/toast-store';
import { getJobsClient } from '../../../workers/jobs-client';
import type { ExportFormat } from '../../../workers/commands';
import { exportFileName } from '../file-names';
import { useExportStore, type ExportProgress } from '../store';

/** Articles read from the database per step: small enough to keep each read short and progress moving. */
const CHUNK = 100;

export type ExportRequest = Readonly<{
  format: ExportFormat;
  ids: readonly string[] | null;
  /** Leave out the articles without an annotation of the analyst's. */
  annotatedOnly?: boolean;
}>;

/**
 * Exports articles (`ids`, or the whole library when null; only the annotated ones of those when asked) in a
 * format: reads them from the database a chunk at a time, reporting progress, formats them in the worker and
 * downloads the file(s). Returns the file names and how many annotations went out.
 */
export async function exportArticles(
  { format, ids, annotatedOnly = false }: ExportRequest,
  onProgress: (p: ExportProgress) => void,
  now = new Date(),
): Promise<{ files: string[]; annotations: number }> {
  const listed = ids ?? (await listArticleIds());
  const all = annotatedOnly ? await keepAnnotatedIds(listed) : listed;
  if (annotatedOnly && all.length === 0) throw new Error('none of these articles has an annotation.');
  const items: ExportArticle[] = [];
  onProgress({ label: 'Reading articles', done: 0, total: all.length });
  for (let i = 0; i < all.length; i += CHUNK) {
    items.push(...(await readExportChunk(all.slice(i, i + CHUNK))));
    onProgress({ label: 'Reading articles', done: Math.min(i + CHUNK, all.length), total: all.length });
  }
  const { tags, labels } = await readTagsAndLabels();
  onProgress({ label: 'Formatting', done: all.length, total: all.length });
  const files = await getJobsClient().call('exportAnnotations', {
    format,
    items,
    ctx: { tags, labels, generatedAt: now.toISOString() },
  });
  const names = files.map((f) => {
    const name = exportFileName(format, f.extension, now);
    downloadText(name, f.text, f.mimeType);
    return name;
  });
  return { files: names, annotations: items.reduce((n, item) => n + item.annotations.length, 0) };
}

/** Runs an export in the background with its progress in the export store and a toast when done. */
export function useExportArticles() {
  const setProgress = useExportStore((s) => s.setProgress);
  const show = useToastStore((s) => s.show);
  return useMutation({
    meta: { errorShownInline: true },
    mutationFn: (request: ExportRequest) => exportArticles(request, setProgress),
    onSuccess: ({ files, annotations }) =>
      show({
        message: `Exported ${annotations} ${annotations === 1 ? 'annotation' : 'annotations'} to ${files.join(' and ')}.`,
      }),
    onSettled: () => setProgress(null),
  });
}

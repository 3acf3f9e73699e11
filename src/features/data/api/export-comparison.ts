import { useMutation } from '@tanstack/react-query';
import type { Article, Comparison } from '../../../core/model';
import { downloadText } from '../../../lib/download';
import { useToastStore } from '../../../ui/toast-store';
import { getJobsClient } from '../../../workers/jobs-client';
import { exportFileName } from '../file-names';

export type ComparisonExport = Readonly<{ a: Article; b: Article; comparison: Comparison }>;

/** Writes the side-by-side Markdown of a comparison in the worker and downloads it; returns the file name. */
export async function exportComparison(input: ComparisonExport, now = new Date()): Promise<string> {
  const file = await getJobsClient().call('exportComparison', input);
  const name = exportFileName('comparison', file.extension, now);
  downloadText(name, file.text, file.mimeType);
  return name;
}

/** "Export comparison" with a toast naming the file. */
export function useExportComparison() {
  const show = useToastStore((s) => s.show);
  return useMutation({
    meta: { errorShownInline: true },
    mutationFn: (input: ComparisonExport) => exportComparison(input),
    onSuccess: (name) => show({ message: `Comparison saved as ${name}.` }),
  });
}

import type { ExportFormat } from '../../workers/commands';

/** What each export is called in a file name, so a folder of exports sorts and reads well. */
const STEMS: Readonly<Record<ExportFormat, string>> = {
  jsonld: 'coverage-annotations',
  csv: 'coverage-annotations',
  jsonl: 'coverage-spans',
  md: 'coverage-report',
  brat: 'coverage-brat',
};

/** The local calendar date `YYYY-MM-DD` of `now` (the analyst's day, not UTC's). */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A file name such as `coverage-annotations-2026-11-23.jsonld` for an export made at `now`. */
export function exportFileName(format: ExportFormat | 'backup' | 'comparison', extension: string, now: Date) {
  const stem =
    format === 'backup' ? 'coverage-backup' : format === 'comparison' ? 'coverage-comparison' : STEMS[format];
  return `${stem}-${localDate(now)}.${extension}`;
}

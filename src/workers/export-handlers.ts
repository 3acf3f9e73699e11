import {
  createBackup,
  exportBrat,
  exportComparisonMarkdown,
  exportCsv,
  exportJsonlSpans,
  exportMarkdownReport,
  exportWebAnnotations,
  matchImportedAnnotations,
  parseBackup,
  parseWebAnnotations,
} from '../core/export';
import type { ExportedFile, ExportFormat, WorkerCommands } from './commands';

type Input<K extends keyof WorkerCommands> = WorkerCommands[K]['input'];
type Output<K extends keyof WorkerCommands> = Promise<WorkerCommands[K]['output']>;

const MD = 'text/markdown;charset=utf-8';

function formatAll(format: Exclude<ExportFormat, 'brat'>, input: Input<'exportAnnotations'>): ExportedFile {
  const { items, ctx } = input;
  switch (format) {
    case 'jsonld':
      return { extension: 'jsonld', mimeType: 'application/ld+json', text: exportWebAnnotations(items, ctx) };
    case 'csv':
      return { extension: 'csv', mimeType: 'text/csv;charset=utf-8', text: exportCsv(items, ctx) };
    case 'jsonl':
      return { extension: 'jsonl', mimeType: 'application/jsonl', text: exportJsonlSpans(items, ctx) };
    case 'md':
      return { extension: 'md', mimeType: MD, text: exportMarkdownReport(items, ctx) };
  }
}

/** The export and import commands: each formats or parses in the worker by calling one core function. */
export const exportHandlers = {
  exportAnnotations: async (input: Input<'exportAnnotations'>): Output<'exportAnnotations'> => {
    if (input.format !== 'brat') return [formatAll(input.format, input)];
    const first = input.items[0];
    if (!first || input.items.length > 1) throw new Error('brat export takes exactly one article');
    const { txt, ann } = exportBrat(first, input.ctx);
    return [
      { extension: 'ann', mimeType: 'text/plain;charset=utf-8', text: ann },
      { extension: 'txt', mimeType: 'text/plain;charset=utf-8', text: txt },
    ];
  },
  exportComparison: async ({ a, b, comparison }: Input<'exportComparison'>): Output<'exportComparison'> => ({
    extension: 'md',
    mimeType: MD,
    text: exportComparisonMarkdown(a, b, comparison),
  }),
  importWebAnnotations: async ({
    json,
    articles,
  }: Input<'importWebAnnotations'>): Output<'importWebAnnotations'> => {
    const parsed = parseWebAnnotations(json);
    if (!parsed.ok) return parsed;
    return { ok: true, value: matchImportedAnnotations(parsed.value, articles), warnings: parsed.warnings };
  },
  createBackup: async ({ data, createdAt }: Input<'createBackup'>): Output<'createBackup'> => ({
    extension: 'json',
    mimeType: 'application/json',
    text: createBackup(data, createdAt),
  }),
  parseBackup: async ({ json }: Input<'parseBackup'>): Output<'parseBackup'> => parseBackup(json),
};

export type { ExportArticle, ExportContext, ImportError, ImportResult } from './types';
export { exportWebAnnotations, annotationIri, ANNO_CONTEXT } from './web-annotation';
export { parseWebAnnotations } from './web-annotation-parse';
export type { ParsedAnnotation, ParsedWebAnnotations } from './web-annotation-parse';
export { matchImportedAnnotations } from './match-imported';
export type { ImportMatch, MatchedAnnotation, UnmatchedAnnotation } from './match-imported';
export { exportCsv, parseCsv, guardFormula, quoteCsvField, CSV_COLUMNS } from './csv';
export { exportJsonlSpans } from './jsonl-spans';
export type { SpanLine } from './jsonl-spans';
export { exportMarkdownReport, escapeMarkdown } from './markdown-report';
export { exportBrat } from './brat';
export { exportComparisonMarkdown } from './comparison-markdown';
export {
  createBackup,
  parseBackup,
  migrateBackup,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BACKUP_MIGRATIONS,
} from './backup';
export { validateBackupData } from './backup-validate';
export { mergeBackup } from './backup-merge';
export type { BackupMerge } from './backup-merge';
export { checkFileSize, MAX_ANNOTATION_FILE_BYTES, MAX_BACKUP_BYTES } from './json-limits';

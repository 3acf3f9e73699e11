import type { ExportArticle, ExportContext, ImportMatch, ImportResult } from '../core/export';
import type { CompareSide, GroupInput } from '../core/compare';
import type {
  Article,
  ArticleFormat,
  BackupData,
  Comparison,
  CoverageMatrix,
  IngestedArticle,
  TextAnalysis,
} from '../core/model';

/**
 * An ingested article with the SHA-256 of its clean text and its analysis, ready to store in one transaction.
 * `analysis` is null when the engine failed on it: the background queue tries again.
 */
export type HashedArticle = Readonly<
  IngestedArticle & { contentHash: string; wordCount: number; analysis: TextAnalysis | null }
>;

/** What ingesting one file gave: articles to store, or a message for the analyst. */
export type FileIngestResult =
  | Readonly<{ ok: true; articles: readonly HashedArticle[]; warnings: readonly string[] }>
  | Readonly<{ ok: false; error: string }>;

/** The annotation export formats: W3C JSON-LD, CSV, JSONL spans, a Markdown report, brat standoff (.ann + .txt). */
export type ExportFormat = 'jsonld' | 'csv' | 'jsonl' | 'md' | 'brat';

/** One file an export produces; the caller names and downloads it. */
export type ExportedFile = Readonly<{ extension: string; mimeType: string; text: string }>;

/** The typed commands the analysis worker answers: input and output of each. */
export type WorkerCommands = {
  ingestFile: { input: Readonly<{ fileName: string; bytes: Uint8Array }>; output: FileIngestResult };
  /**
   * Many files in one message: per-message overhead dominates for 5 KB articles. Files travel as Blobs (a
   * handle, not a copy) and are read here, off the page's thread.
   */
  ingestFiles: {
    input: Readonly<{ files: readonly Readonly<{ fileName: string; file: Blob }>[] }>;
    output: readonly FileIngestResult[];
  };
  ingestText: {
    input: Readonly<{ text: string; fileName?: string; format?: ArticleFormat }>;
    output: FileIngestResult;
  };
  analyze: { input: Readonly<{ text: string }>; output: TextAnalysis };
  exportAnnotations: {
    input: Readonly<{ format: ExportFormat; items: readonly ExportArticle[]; ctx: ExportContext }>;
    output: readonly ExportedFile[];
  };
  exportComparison: {
    input: Readonly<{ a: Article; b: Article; comparison: Comparison }>;
    output: ExportedFile;
  };
  importWebAnnotations: {
    input: Readonly<{ json: string; articles: readonly Article[] }>;
    output: ImportResult<ImportMatch>;
  };
  createBackup: { input: Readonly<{ data: BackupData; createdAt: string }>; output: ExportedFile };
  parseBackup: { input: Readonly<{ json: string }>; output: ImportResult<BackupData> };
  compare: { input: Readonly<{ a: CompareSide; b: CompareSide }>; output: Comparison };
  coverageMatrix: { input: Readonly<{ sides: readonly CompareSide[] }>; output: CoverageMatrix };
  groupRelated: { input: Readonly<{ docs: readonly GroupInput[] }>; output: string[][] };
};

import type { CompareSide, GroupInput } from '../core/compare';
import type { ArticleFormat, Comparison, CoverageMatrix, IngestedArticle, TextAnalysis } from '../core/model';

/** An ingested article with the SHA-256 of its clean text, ready to store. */
export type HashedArticle = Readonly<IngestedArticle & { contentHash: string; wordCount: number }>;

/** What ingesting one file gave: articles to store, or a message for the analyst. */
export type FileIngestResult =
  | Readonly<{ ok: true; articles: readonly HashedArticle[]; warnings: readonly string[] }>
  | Readonly<{ ok: false; error: string }>;

/** The typed commands the analysis worker answers: input and output of each. */
export type WorkerCommands = {
  ingestFile: { input: Readonly<{ fileName: string; bytes: Uint8Array }>; output: FileIngestResult };
  /** Many files in one message: per-message overhead dominates for 5 KB articles. */
  ingestFiles: {
    input: Readonly<{ files: readonly Readonly<{ fileName: string; bytes: Uint8Array }>[] }>;
    output: readonly FileIngestResult[];
  };
  ingestText: {
    input: Readonly<{ text: string; fileName?: string; format?: ArticleFormat }>;
    output: FileIngestResult;
  };
  analyze: { input: Readonly<{ text: string }>; output: TextAnalysis };
  compare: { input: Readonly<{ a: CompareSide; b: CompareSide }>; output: Comparison };
  coverageMatrix: { input: Readonly<{ sides: readonly CompareSide[] }>; output: CoverageMatrix };
  groupRelated: { input: Readonly<{ docs: readonly GroupInput[] }>; output: string[][] };
};

export type CommandName = keyof WorkerCommands;

export type WorkerRequest = { id: number; command: CommandName; input: unknown };
export type WorkerResponse =
  { id: number; ok: true; output: unknown } | { id: number; ok: false; error: string };

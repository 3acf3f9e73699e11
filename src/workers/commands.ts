import type { ExportArticle, ExportContext, ImportMatch, ImportResult } from '../core/export';
import type { CompareSide, GroupInput, Story } from '../core/compare';
import type { EntityIndexEntry } from '../core/entities/entity-index';
import type { Article, BackupData, Comparison, CoverageMatrix, TextAnalysis } from '../core/model';
import type { ReaderFindingsResult } from '../db/reader-findings-repo';
import type { SpeakerTable } from '../db/speaker-repo';
import type { ImportCommands } from './import-commands';

/** The annotation export formats: W3C JSON-LD, CSV, JSONL spans, a Markdown report, brat standoff (.ann + .txt). */
export type ExportFormat = 'jsonld' | 'csv' | 'jsonl' | 'md' | 'brat';

/** One file an export produces; the caller names and downloads it. */
export type ExportedFile = Readonly<{ extension: string; mimeType: string; text: string }>;

/** The typed commands the jobs worker answers: input and output of each. */
export type WorkerCommands = ImportCommands & {
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
  findStories: { input: Readonly<{ docs: readonly GroupInput[] }>; output: Story[] };
  /**
   * The library's entity index, read and linked in the worker: analyses never cross to the page. With the
   * library's stories (article ids), a surname joins the one full name of its own story.
   */
  entityIndex: {
    input: Readonly<{ stories?: readonly (readonly string[])[] }>;
    output: EntityIndexEntry[];
  };
  /**
   * Who the articles `ids` (a story) or, with null, all articles cite, read and linked in the worker: the
   * analyses of the whole library never cross to the page.
   */
  speakerTable: { input: Readonly<{ ids: readonly string[] | null }>; output: SpeakerTable };
  /** One whole article, read here: the page is spared unpacking a large stored record (see `readerArticle`). */
  readArticle: { input: Readonly<{ id: string }>; output: Article | null };
  /** One article's analysis read, checked and corrected in the worker: the page gets compact columns. */
  readerFindings: { input: Readonly<{ articleId: string }>; output: ReaderFindingsResult };
};

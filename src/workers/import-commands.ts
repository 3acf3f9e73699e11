import type { Analysis, Article, ArticleFormat, ArticleMeta } from '../core/model';
import type { KnownMeta } from '../core/ingest';
import type { ChunkSettlement } from '../db/import-journal-repo';

/**
 * An article read, hashed and analysed in an ingest worker and kept there until stored: the page sees only
 * its metadata. `analyzed` is false when the engine failed on it: the background queue tries again.
 */
export type PreparedArticle = Readonly<ArticleMeta & { analyzed: boolean }>;

/** An article and its analysis (null when the engine failed on it), as a worker keeps them until stored. */
export type PreparedRecord = Readonly<{ article: Article; analysis: Analysis | null }>;

/** What reading one file gave: articles waiting in the worker, or a message for the analyst. */
export type PreparedFile =
  | Readonly<{ ok: true; articles: readonly PreparedArticle[]; warnings: readonly string[] }>
  | Readonly<{ ok: false; error: string }>;

/**
 * The import's commands. Files are prepared in batches (per-message overhead dominates for 5 KB articles)
 * and travel as Blobs (a handle, not a copy), read off the page's thread; the worker that prepared an article
 * stores it, each batch in one transaction with its analysis and the journal entries it settles.
 */
export type ImportCommands = {
  /** Loads and decodes the analysis models ahead of the first file (the page asks at idle, or on a drag or pick). */
  loadModels: { input: Readonly<Record<string, never>>; output: void };
  prepareFiles: {
    input: Readonly<{ files: readonly Readonly<{ fileName: string; file: Blob }>[]; importedAt: number }>;
    output: readonly PreparedFile[];
  };
  prepareText: {
    /** `known`: the title, outlet and date the analyst typed beside pasted text. */
    input: Readonly<{
      text: string;
      fileName: string;
      format?: ArticleFormat;
      known?: KnownMeta;
      importedAt: number;
    }>;
    output: PreparedFile;
  };
  /**
   * Stores prepared articles by id, skipping any whose text is already stored, and settles their chunk in the
   * import journal in the same transaction; they leave the worker.
   */
  storePrepared: {
    input: Readonly<{ ids: readonly string[]; journal: ChunkSettlement | null }>;
    output: Readonly<{
      stored: readonly ArticleMeta[];
      /** Prepared ids whose text was already stored, with the stored article. */
      duplicates: readonly Readonly<{ id: string; existing: ArticleMeta }>[];
    }>;
  };
  /** Hands prepared articles to the page whole (a new version of a stored article is stored from there). */
  takePrepared: {
    input: Readonly<{ ids: readonly string[] }>;
    output: readonly PreparedRecord[];
  };
};

/** Formats the importer understands; `paste` is text typed or pasted into the app. */
export type ArticleFormat = 'txt' | 'md' | 'html' | 'json' | 'jsonl' | 'paste' | 'pdf' | 'docx' | 'eml';

/** A piece of the original that ingest dropped from the clean text, with why (shown to the analyst). */
export type RemovedLine = Readonly<{ text: string; reason: string }>;

/**
 * What ingest makes of one story: clean text plus metadata. `text` is the clean text every offset in the
 * workbench refers to; paragraphs are separated by a blank line ("\n\n").
 */
export type IngestedArticle = Readonly<{
  title: string;
  /** The outlet that ran the story (its site name), not the agency that wrote it. */
  source: string | null;
  /** The agency a syndicated copy came from ("Press Trust of India"), when it is not the outlet itself. */
  agency?: string;
  /** ISO date `YYYY-MM-DD` (or a full ISO timestamp when the input carried one), null when unknown. */
  date: string | null;
  url: string | null;
  format: ArticleFormat;
  text: string;
  originalText: string;
  removed: readonly RemovedLine[];
  /**
   * Set when the article came out of a container (ZIP, e-mail): the path from the dropped file to it,
   * e.g. "archive.zip › folder/a.txt" or "mail.eml › report.pdf". The importer stores it as the file name.
   */
  entryName?: string;
}>;

/** A stored article: an ingested one with its identity, file name, tags and import time. */
export type Article = Readonly<
  IngestedArticle & {
    id: string;
    /** SHA-256 (hex) of `text`: identical clean text is stored once. */
    contentHash: string;
    fileName: string | null;
    importedAt: number;
    /** Tag ids. */
    tags: readonly string[];
    wordCount: number;
  }
>;

/** What the library lists: an article without its texts (reading 10,000 bodies to draw a list is waste). */
export type ArticleMeta = Readonly<Omit<Article, 'text' | 'originalText' | 'removed'>>;

/** The texts of a stored article, kept apart from its metadata. */
export type ArticleBody = Readonly<Pick<Article, 'id' | 'text' | 'originalText' | 'removed'>>;

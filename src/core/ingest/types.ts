import type { ArticleFormat, IngestedArticle } from '../model';

/** What an HTML reader pulls out of a page: metadata plus the story's paragraphs in reading order. */
export type HtmlExtract = Readonly<{
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  url: string | null;
  paragraphs: readonly string[];
}>;

/** Injected because core has no DOM: the worker and the CLI pass the linkedom + Readability reader. */
export type HtmlReader = (html: string) => HtmlExtract | null;

/** Everything ingest needs from outside core. */
export type IngestDeps = Readonly<{ readHtml: HtmlReader }>;

/** Either the articles found in one input (plus warnings the analyst should see) or a clear error. */
export type IngestOutcome =
  | Readonly<{ ok: true; articles: readonly IngestedArticle[]; warnings: readonly string[] }>
  | Readonly<{ ok: false; error: string }>;

/** Metadata an input format already knows before the boilerplate pass (JSON fields, front matter, HTML meta). */
export type KnownMeta = Readonly<{
  title?: string | null;
  source?: string | null;
  siteName?: string | null;
  date?: string | null;
  url?: string | null;
}>;

/** One paragraph candidate; `verbatim` units (code blocks) skip the boilerplate rules. */
export type TextUnit = Readonly<{ text: string; verbatim?: boolean }>;

export type { ArticleFormat, IngestedArticle };

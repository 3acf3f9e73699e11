import type { ArticleFormat, IngestedArticle } from '../model';
import type { PdfContent } from './pdf-layout';

/** What an HTML reader pulls out of a page: metadata plus the story's paragraphs in reading order. */
export type HtmlExtract = Readonly<{
  title: string | null;
  byline: string | null;
  /** The site's own name: og:site_name, JSON-LD publisher, application-name. */
  siteName: string | null;
  /** The site named from its canonical or og:url host (the page title's site part when it spells the host). */
  siteHost: string | null;
  publishedTime: string | null;
  url: string | null;
  paragraphs: readonly string[];
}>;

/** Injected because core has no DOM: the worker and the CLI pass the linkedom + Readability reader. */
export type HtmlReader = (html: string) => HtmlExtract | null;

/** Everything ingest needs from outside core. */
export type IngestDeps = Readonly<{ readHtml: HtmlReader }>;

/** What the PDF reader found: text items and metadata, or why the file cannot be read. */
export type PdfReadResult =
  | Readonly<{ ok: true; content: PdfContent }>
  | Readonly<{ ok: false; reason: 'password' | 'corrupt'; detail: string }>;

/** Injected because pdf.js is loaded lazily (and off the UI thread) by the worker and the CLI. */
export type PdfReader = (bytes: Uint8Array) => Promise<PdfReadResult>;

/** Word's body as HTML (mammoth), or why the file cannot be read. */
export type DocxReadResult =
  | Readonly<{ ok: true; html: string; title: string | null; date: string | null }>
  | Readonly<{ ok: false; detail: string }>;

/** Injected for the same reason as the PDF reader: mammoth is loaded only when a .docx arrives. */
export type DocxReader = (bytes: Uint8Array) => Promise<DocxReadResult>;

/** Everything the asynchronous ingest (PDF, Word, e-mail, ZIP and the text formats) needs from outside core. */
export type AsyncIngestDeps = IngestDeps & Readonly<{ readPdf: PdfReader; readDocx: DocxReader }>;

/** Either the articles found in one input (plus warnings the analyst should see) or a clear error. */
export type IngestOutcome =
  | Readonly<{ ok: true; articles: readonly IngestedArticle[]; warnings: readonly string[] }>
  | Readonly<{ ok: false; error: string }>;

/** Metadata an input format already knows before the boilerplate pass (JSON fields, front matter, HTML meta). */
export type KnownMeta = Readonly<{
  title?: string | null;
  source?: string | null;
  siteName?: string | null;
  /** Weaker outlet cues than the site name: the byline's outlet, then the page's host. */
  siteHost?: string | null;
  date?: string | null;
  url?: string | null;
}>;

/** One paragraph candidate; `verbatim` units (code blocks) skip the boilerplate rules. */
export type TextUnit = Readonly<{ text: string; verbatim?: boolean }>;

export type { ArticleFormat, IngestedArticle };

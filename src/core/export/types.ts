import type { Analysis, Annotation, Article, Correction, Label, Tag } from '../model';

/** One article with everything the exporters write about it. */
export type ExportArticle = Readonly<{
  article: Article;
  analysis: Analysis | null;
  annotations: readonly Annotation[];
  corrections: readonly Correction[];
}>;

/** What every exporter needs besides the articles: names for tag and label ids, and the export time. */
export type ExportContext = Readonly<{ tags: readonly Tag[]; labels: readonly Label[]; generatedAt: string }>;

/**
 * The one result shape of every importer here: `{ ok: true, value, warnings }` when the input could be read
 * (warnings name what was skipped), `{ ok: false, error }` with a sentence for the analyst when it could not.
 */
export type ImportError = Readonly<{ ok: false; error: string }>;
export type ImportResult<T> = Readonly<{ ok: true; value: T; warnings: readonly string[] }> | ImportError;

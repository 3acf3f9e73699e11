import { applyCorrections } from '../analysis-corrections';
import { makeNamer } from './names';
import type { ExportArticle, ExportContext } from './types';

/** One line of the span export: doccano / Label Studio style `[start, end, label]` triples. */
export type SpanLine = Readonly<{
  id: string;
  text: string;
  label: Array<[number, number, string]>;
  meta: Readonly<{
    title: string;
    source: string | null;
    url: string | null;
    date: string | null;
    /** The article's tags by name. */
    tags: readonly string[];
  }>;
}>;

/**
 * Returns JSON Lines, one article per line: its clean text and `label` spans for entities (with the
 * analyst's corrections applied) and placed annotations (their label name, else "ANNOTATION"), sorted by
 * offset, ready for doccano or Label Studio to train or review a tagger on.
 */
export function exportJsonlSpans(items: readonly ExportArticle[], ctx: ExportContext): string {
  const namer = makeNamer(ctx);
  return items
    .map(({ article, analysis, annotations, corrections }) => {
      const entities = analysis
        ? applyCorrections(analysis.entities, analysis.claims, corrections).entities
        : [];
      const label: Array<[number, number, string]> = [
        ...entities.map((e): [number, number, string] => [e.start, e.end, e.type]),
        ...annotations
          .filter((a) => !a.target.orphaned)
          .map((a): [number, number, string] => [
            a.target.position.start,
            a.target.position.end,
            namer.label(a) ?? 'ANNOTATION',
          ]),
      ].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      const line: SpanLine = {
        id: article.id,
        text: article.text,
        label,
        meta: {
          title: article.title,
          source: article.source,
          url: article.url,
          date: article.date,
          tags: namer.tags(article.tags),
        },
      };
      return JSON.stringify(line) + '\n';
    })
    .join('');
}

/**
 * How an article's credit reads: the outlet that ran it, after the agency that wrote it when they differ
 * ("Press Trust of India via Lakeshore Business Daily"); the agency alone when no outlet is known.
 */
export function creditLine(article: Readonly<{ source: string | null; agency?: string }>): string | null {
  const { source, agency } = article;
  if (agency && source && agency !== source) return `${agency} via ${source}`;
  return source ?? agency ?? null;
}

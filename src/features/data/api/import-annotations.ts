import { checkFileSize, MAX_ANNOTATION_FILE_BYTES, type UnmatchedAnnotation } from '../../../core/export';
import type { Article } from '../../../core/model';
import { addImportedAnnotations } from '../../../db/annotation-import-repo';
import { listArticleIds, readArticles } from '../../../db/export-repo';
import { describeWriteError } from '../../../lib/storage/storage-full';
import { getJobsClient } from '../../../workers/jobs-client';
import type { ExportProgress } from '../store';
import { useWorkbenchFileAction } from './workbench-file-action';

const CHUNK = 200;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describeUnmatched(unmatched: readonly UnmatchedAnnotation[]): string {
  const quotes = unmatched
    .slice(0, 3)
    .map((u) => u.annotation.quote?.exact)
    .filter((q): q is string => Boolean(q))
    .map((q) => `“${q.length > 40 ? `${q.slice(0, 40)}…` : q}”`);
  const more = unmatched.length > 3 ? ', …' : '';
  const shown =
    quotes.length > 0 ? ` (${quotes.length === 1 ? 'quote' : 'quotes'} ${quotes.join(', ')}${more})` : '';
  return `${unmatched.length} could not be matched${shown}`;
}

/**
 * Imports W3C Web Annotation JSON-LD: parses it in the worker and matches each annotation to a stored article
 * (by URL or `urn:sha256:` hash, else by its quote), then stores the new ones without duplicates. Returns
 * the report sentence; throws one (and stores nothing) when the file is unreadable or matches no article.
 */
export async function importAnnotationsFile(
  file: File,
  onProgress: (p: ExportProgress) => void,
): Promise<string> {
  const nothing = 'Nothing was changed.';
  const tooBig = checkFileSize(file.size, MAX_ANNOTATION_FILE_BYTES);
  if (tooBig) throw new Error(`Could not import “${file.name}”: ${tooBig}. ${nothing}`);
  const json = await file.text();
  const ids = await listArticleIds();
  const articles: Article[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    articles.push(...(await readArticles(ids.slice(i, i + CHUNK))));
    onProgress({ label: 'Reading articles', done: articles.length, total: ids.length });
  }
  onProgress({ label: 'Matching annotations', done: ids.length, total: ids.length });
  const result = await getJobsClient().call('importWebAnnotations', { json, articles });
  if (!result.ok) throw new Error(`Could not import “${file.name}”: ${result.error}. ${nothing}`);
  const { matched, unmatched } = result.value;
  if (matched.length === 0) {
    const total = matched.length + unmatched.length;
    throw new Error(
      total === 0
        ? `“${file.name}” holds no annotations with a text selector. ${nothing}`
        : `None of the ${plural(total, 'annotation', 'annotations')} in “${file.name}” matched an article in the workbench (${describeUnmatched(unmatched)}). Import the articles first. ${nothing}`,
    );
  }
  const stored = await addImportedAnnotations(matched).catch((error: unknown) => {
    throw new Error(describeWriteError(error, `Could not import “${file.name}”`));
  });
  const parts = [
    `${plural(stored.added, 'annotation', 'annotations')} added to ${plural(stored.articles, 'article', 'articles')}`,
    `${stored.present} already present`,
  ];
  if (unmatched.length > 0) parts.push(describeUnmatched(unmatched));
  const skipped = result.warnings.length;
  if (skipped > 0) parts.push(`${skipped} skipped (${result.warnings[0]}${skipped > 1 ? ', …' : ''})`);
  return `${parts.join(', ')}.`;
}

/** "Import annotations…": progress in the export store, every view refreshed afterwards. */
export const useImportAnnotations = () => useWorkbenchFileAction(importAnnotationsFile);

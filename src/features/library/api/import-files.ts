import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { MAX_FILE_BYTES } from '../../../core/ingest';
import type { Article, ArticleFormat } from '../../../core/model';
import { storeArticles } from '../../../db/article-repo';
import {
  findPreviousVersion,
  replaceWithNewVersion,
  type VersionUpdate,
} from '../../../db/article-version-repo';
import { enqueueAnalysis } from '../../../lib/background-analysis';
import { annotationKeys, articleKeys, correctionKeys } from '../../../lib/query-keys';
import { updateSearchIndex } from '../../../lib/search/search-index';
import { getAnalysisClient } from '../../../workers/analysis-client';
import type { FileIngestResult, HashedArticle } from '../../../workers/commands';
import { useImportStore } from '../import-store';

/** A file to import: a dropped or picked File, or text the analyst pasted. */
export type ImportSource = Readonly<
  { name: string; file: File } | { name: string; text: string; format?: ArticleFormat }
>;

// Files are ingested in the worker a batch at a time and each batch is written in one transaction: one
// transaction per file would make a 1,000-file import several times slower than the raw write.
const BATCH = 25;

function formatSize(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

async function ingestOne(source: ImportSource): Promise<FileIngestResult> {
  const client = getAnalysisClient();
  if ('text' in source)
    return client.call('ingestText', { text: source.text, fileName: source.name, format: source.format });
  if (source.file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      error: `${formatSize(source.file.size)} is too large: the workbench reads articles up to ${formatSize(MAX_FILE_BYTES)}.`,
    };
  }
  const bytes = new Uint8Array(await source.file.arrayBuffer());
  return client.call('ingestFile', { fileName: source.name, bytes });
}

function toArticle(ingested: HashedArticle, fileName: string, importedAt: number): Article {
  return { ...ingested, id: crypto.randomUUID(), fileName, importedAt, tags: [] };
}

/**
 * Returns a function that imports files: ingest in the worker, store new articles, and report each file's
 * fate in the import status list. One bad file never stops the others.
 */
export function useImportFiles(): (sources: readonly ImportSource[]) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (sources) => {
      const { enqueue, update } = useImportStore.getState();
      const keys = enqueue(sources.map((s) => s.name));
      for (let i = 0; i < sources.length; i += BATCH) {
        const batch = sources.slice(i, i + BATCH).map((source, j) => ({ source, key: keys[i + j]! }));
        for (const { key } of batch) update(key, { state: 'working' });
        const results = await Promise.all(
          batch.map(({ source }) =>
            ingestOne(source).catch((e: unknown): FileIngestResult => ({ ok: false, error: String(e) })),
          ),
        );
        const importedAt = Date.now();
        const pending: { key: string; article: Article; warnings: readonly string[] }[] = [];
        results.forEach((result, j) => {
          const { key, source } = batch[j]!;
          if (!result.ok) update(key, { state: 'failed', message: result.error });
          else if (result.articles.length === 0)
            update(key, { state: 'failed', message: 'No article text found.' });
          else
            for (const a of result.articles)
              pending.push({
                key,
                article: toArticle(a, source.name, importedAt),
                warnings: result.warnings,
              });
        });
        const rest = await storeVersions(pending, update);
        await storeBatch(rest, update);
        await queryClient.invalidateQueries({ queryKey: articleKeys.all });
        await queryClient.invalidateQueries({ queryKey: annotationKeys.all });
        await queryClient.invalidateQueries({ queryKey: correctionKeys.all });
      }
    },
    [queryClient],
  );
}

type Pending = { key: string; article: Article; warnings: readonly string[] };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The status line of an article replaced by its new version. */
function describeUpdate(u: VersionUpdate): string {
  const parts = [`${plural(u.placed, 'annotation')} moved`];
  if (u.orphaned > 0) parts.push(`${u.orphaned} could not be placed`);
  if (u.correctionsLost > 0) parts.push(`${plural(u.correctionsLost, 'correction')} could not be placed`);
  return `Updated to a new version (${parts.join(', ')}).`;
}

/**
 * Stores each article that is a new version of a stored one (same URL, or title and source, or file name,
 * with other text) in place of it, re-anchoring its annotations; returns the rest, which are new.
 */
async function storeVersions(
  pending: readonly Pending[],
  update: ReturnType<typeof useImportStore.getState>['update'],
): Promise<Pending[]> {
  const rest: Pending[] = [];
  for (const p of pending) {
    const single = pending.filter((q) => q.key === p.key).length === 1;
    try {
      const previous = await findPreviousVersion(p.article, single);
      if (!previous) {
        rest.push(p);
        continue;
      }
      const result = await replaceWithNewVersion(previous.id, p.article);
      updateSearchIndex((index) => index.upsertArticle({ ...p.article, id: previous.id }));
      // The old analysis was deleted with the old text; the queue analyses the new one.
      enqueueAnalysis([previous.id]);
      update(p.key, { state: 'imported', articleIds: [previous.id], message: describeUpdate(result) });
    } catch (error) {
      update(p.key, { state: 'failed', message: `Could not update the stored version: ${String(error)}` });
    }
  }
  return rest;
}

async function storeBatch(
  pending: readonly Pending[],
  update: ReturnType<typeof useImportStore.getState>['update'],
) {
  if (pending.length === 0) return;
  try {
    const { stored, duplicates } = await storeArticles(pending.map((p) => p.article));
    // Analysis runs in the worker behind the import; the import never waits for it.
    enqueueAnalysis(stored.map((s) => s.id));
    updateSearchIndex((index) => {
      for (const p of pending) if (stored.some((s) => s.id === p.article.id)) index.upsertArticle(p.article);
    });
    const storedIds = new Set(stored.map((s) => s.id));
    const byKey = new Map<string, Pending[]>();
    for (const p of pending) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
    for (const [key, items] of byKey) {
      const ids = items.filter((p) => storedIds.has(p.article.id)).map((p) => p.article.id);
      const warnings = items[0]?.warnings ?? [];
      if (ids.length > 0) {
        const dupNote =
          ids.length < items.length ? ` (${items.length - ids.length} already in the library)` : '';
        update(key, {
          state: 'imported',
          articleIds: ids,
          message: [...warnings].join(' ') + dupNote || null,
        });
      } else {
        const existing = duplicates.find((d) => items.some((p) => p.article.id === d.article.id))?.existing;
        update(key, {
          state: 'duplicate',
          articleIds: existing ? [existing.id] : [],
          message: `Already in the library${existing ? `: “${existing.title}”` : ''}.`,
        });
      }
    }
  } catch (error) {
    const message =
      error instanceof Error && error.name === 'QuotaExceededError'
        ? 'The browser refused to store more: storage is full. Nothing was changed.'
        : `Could not store: ${String(error)}`;
    for (const p of pending) update(p.key, { state: 'failed', message });
  }
}

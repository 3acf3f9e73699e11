import type { ArticleMeta } from '../../core/model';
import type { VersionIndex, VersionUpdate, replaceWithNewVersion } from '../../db/article-version-repo';
import type { ChunkSettlement } from '../../db/import-journal-repo';
import { describeWriteError } from '../../lib/storage/storage-full';
import type { JobsClient } from '../../workers/jobs-client';
import type { PreparedArticle } from '../../workers/import-commands';
import type { FilePatch } from './import-store';
import { counted } from '../../lib/counted';

/** An article prepared in `worker`, from the file with status-list key `key`. */
export type Pending = Readonly<{
  key: string;
  article: PreparedArticle;
  worker: JobsClient;
  warnings: readonly string[];
}>;

/** Told of articles just stored (to index for search) and of those the engine failed on (to analyse later). */
export type StoredNotice = (ids: readonly string[], unanalysed: readonly string[]) => void;

type Update = (key: string, patch: FilePatch) => void;

/** The status line of an article replaced by its new version. */
function describeUpdate(u: VersionUpdate): string {
  const parts = [`${counted(u.placed, 'annotation')} moved`];
  if (u.orphaned > 0) parts.push(`${u.orphaned} could not be placed`);
  if (u.correctionsLost > 0) parts.push(`${counted(u.correctionsLost, 'correction')} could not be placed`);
  return `Updated to a new version (${parts.join(', ')}).`;
}

/**
 * Stores each article that is a new version of a stored one (same URL, or title and source, or file name,
 * with other text) in place of it, re-anchoring its annotations; returns the rest, which are new.
 */
export async function storeVersions(
  versions: VersionIndex,
  pending: readonly Pending[],
  update: Update,
  replace: typeof replaceWithNewVersion,
  stored: StoredNotice,
): Promise<Pending[]> {
  const perFile = new Map<string, number>();
  for (const p of pending) perFile.set(p.key, (perFile.get(p.key) ?? 0) + 1);
  const rest: Pending[] = [];
  for (const p of pending) {
    try {
      const previous = versions.lookUp(p.article, perFile.get(p.key) === 1);
      if (!previous) {
        rest.push(p);
        continue;
      }
      const [whole] = await p.worker.call('takePrepared', { ids: [p.article.id] });
      const result = await replace(previous.id, whole!.article, whole!.analysis);
      versions.add(result.meta);
      stored([previous.id], whole!.analysis ? [] : [previous.id]);
      update(p.key, { state: 'imported', articleIds: [previous.id], message: describeUpdate(result) });
    } catch (error) {
      update(p.key, {
        state: 'failed',
        message: describeWriteError(error, 'Could not update the stored version'),
      });
    }
  }
  return rest;
}

/**
 * Stores new articles from the worker that prepared them, in one transaction with their analyses and the
 * journal entries it settles; returns the metadata of those stored, and whether the journal was settled.
 */
export async function storeNew(
  worker: JobsClient,
  pending: readonly Pending[],
  update: Update,
  journal: ChunkSettlement,
  notify: StoredNotice,
): Promise<Readonly<{ stored: readonly ArticleMeta[]; settled: boolean }>> {
  if (pending.length === 0) return { stored: [], settled: false };
  try {
    const { stored, duplicates } = await worker.call('storePrepared', {
      ids: pending.map((p) => p.article.id),
      journal,
    });
    const storedIds = new Set(stored.map((s) => s.id));
    // Those the engine failed on during ingest are tried again behind the import.
    const unanalysed = pending.filter((p) => !p.article.analyzed && storedIds.has(p.article.id));
    if (storedIds.size > 0)
      notify(
        [...storedIds],
        unanalysed.map((p) => p.article.id),
      );
    const byKey = new Map<string, Pending[]>();
    for (const p of pending) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
    for (const [key, items] of byKey) {
      const ids = items.filter((p) => storedIds.has(p.article.id)).map((p) => p.article.id);
      if (ids.length > 0) {
        const dupNote =
          ids.length < items.length ? ` (${items.length - ids.length} already in the library)` : '';
        const warnings = items[0]?.warnings ?? [];
        update(key, { state: 'imported', articleIds: ids, message: warnings.join(' ') + dupNote || null });
      } else {
        const existing = duplicates.find((d) => items.some((p) => p.article.id === d.id))?.existing;
        update(key, {
          state: 'duplicate',
          articleIds: existing ? [existing.id] : [],
          message: `Already in the library${existing ? `: “${existing.title}”` : ''}.`,
        });
      }
    }
    return { stored, settled: true };
  } catch (error) {
    const message = describeWriteError(error, 'Could not store');
    for (const p of pending) update(p.key, { state: 'failed', message });
    return { stored: [], settled: false };
  }
}

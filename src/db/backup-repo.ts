import { mergeBackup } from '../core/export';
import type { BackupCounts, BackupData } from '../core/model';
import { backupTables, readBackupRecords, RECORD_KINDS, recordTable } from './backup-tables';
import { joinArticle, splitArticle } from './records/article-record';
import { BUILT_IN_LABELS, db } from './schema';

/** What a restore wrote and what it left out as already stored. */
export type RestoreResult = Readonly<{ added: BackupCounts; skipped: BackupCounts }>;

/**
 * Restores a parsed backup in one transaction: into an empty workbench it writes everything; into a used one
 * it merges without duplicates (articles by content hash, tags and labels by name, annotations by id or by
 * article, quote and note). If any write fails the transaction rolls back and nothing changes. The reader's
 * cached findings are cleared: restored library-wide corrections change other articles' findings.
 */
export async function restoreBackup(incoming: BackupData): Promise<RestoreResult> {
  return db.transaction('rw', [...backupTables(), db.readerFindings], async () => {
    const [metas, bodies, records] = await Promise.all([
      db.articles.toArray(),
      db.bodies.toArray(),
      readBackupRecords(),
    ]);
    const bodyById = new Map(bodies.map((b) => [b.id, b]));
    const articles = metas.flatMap((m) => {
      const b = bodyById.get(m.id);
      return b ? [joinArticle(m, b)] : [];
    });
    const existing: BackupData = { articles, ...records };
    const { merged, added, skipped } = mergeBackup(existing, incoming);
    // mergeBackup keeps the stored records first, so what it added is the tail of each list.
    const fresh = <T>(all: readonly T[], kept: readonly unknown[]): T[] => all.slice(kept.length);
    const parts = fresh(merged.articles, articles).map((a) => splitArticle(a));
    await db.articles.bulkAdd(parts.map((p) => p.meta));
    await db.bodies.bulkAdd(parts.map((p) => p.body));
    for (const kind of RECORD_KINDS)
      await recordTable(kind).bulkAdd(fresh<unknown>(merged[kind], records[kind]));
    await db.readerFindings.clear();
    return { added, skipped };
  });
}

/**
 * Empties the workbench in one transaction, leaving only the built-in labels a new workbench starts with (and
 * no saved search index or reader's findings, which hold what the texts and analyses said).
 */
export async function clearWorkbench(): Promise<void> {
  const tables = [...backupTables(), db.searchIndex, db.readerFindings];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
    await db.labels.bulkAdd([...BUILT_IN_LABELS]);
  });
}

import type { Table } from 'dexie';
import type { BackupData } from '../core/model';
import { db } from './schema';

/** The record kinds of a backup that are stored one table each, under their own name (articles take two). */
export const RECORD_KINDS = ['analyses', 'annotations', 'tags', 'labels', 'corrections', 'outlets'] as const;

/** One of the backup's record kinds besides articles. */
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A backup's records besides its articles. */
export type BackupRecords = Omit<BackupData, 'articles'>;

/**
 * The table of a record kind. The tables differ only in their record type, which the callers keep through
 * `BackupRecords`, so one untyped view of them serves every kind.
 */
export const recordTable = (kind: RecordKind) => db[kind] as Table<unknown, string>;

/** Every table a backup reads, restores or clears: article metadata and bodies, then one per record kind. */
export const backupTables = () => [db.articles, db.bodies, ...RECORD_KINDS.map(recordTable)];

/** Runs `read` on every record kind's table side by side; returns what each gave, by kind. */
export async function readEachRecordKind<T>(
  read: (table: Table<unknown, string>) => Promise<T>,
): Promise<Record<RecordKind, T>> {
  const results = await Promise.all(RECORD_KINDS.map((kind) => read(recordTable(kind))));
  return Object.fromEntries(RECORD_KINDS.map((kind, i) => [kind, results[i]])) as Record<RecordKind, T>;
}

/** Every stored record besides the articles (small beside the article texts, so read in one go). */
export async function readBackupRecords(): Promise<BackupRecords> {
  return (await readEachRecordKind((table) => table.toArray())) as BackupRecords;
}

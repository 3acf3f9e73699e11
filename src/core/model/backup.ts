import type { Analysis } from './analysis';
import type { Annotation, Label, Tag } from './annotation';
import type { Article } from './article';
import type { Correction } from './correction';
import type { OutletRecord } from './outlet';

/** Everything the workbench stores, as one JSON-safe value: what a backup holds and a restore writes. */
export type BackupData = Readonly<{
  articles: readonly Article[];
  analyses: readonly Analysis[];
  annotations: readonly Annotation[];
  tags: readonly Tag[];
  labels: readonly Label[];
  corrections: readonly Correction[];
  /** The analyst's outlet renames and merges (backups of version 1 have none). */
  outlets: readonly OutletRecord[];
}>;

/** The backup file: `BackupData` with a format marker, the format version and when it was made. */
export type BackupFile = Readonly<
  BackupData & { format: 'coverage-workbench-backup'; version: number; createdAt: string }
>;

/** Per-record-kind counts (what a merge added or skipped). */
export type BackupCounts = Readonly<Record<keyof BackupData, number>>;

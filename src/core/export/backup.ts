import type { BackupData, BackupFile } from '../model';
import { BACKUP_KINDS, validateBackupData } from './backup-validate';
import { parseJsonFile } from './json-error';
import type { ImportResult } from './types';

export const BACKUP_FORMAT = 'coverage-workbench-backup';
/** The backup version this build writes and the newest it reads. */
export const BACKUP_VERSION = 2;

type Json = Record<string, unknown>;

/**
 * Steps that lift a raw backup one version: `BACKUP_MIGRATIONS[n]` turns version n into n + 1. Version 2
 * adds the analyst's outlet records, which a version 1 backup (made before outlets could be renamed) lacks.
 */
export const BACKUP_MIGRATIONS: Readonly<Record<number, (raw: Json) => Json>> = {
  1: (raw) => ({ ...raw, outlets: [] }),
};

/** Runs every migration step from `fromVersion` up to the current version; pure, so each step is unit-tested. */
export function migrateBackup(raw: Json, fromVersion: number): Json {
  let out = raw;
  for (let v = fromVersion; v < BACKUP_VERSION; v++) {
    const step = BACKUP_MIGRATIONS[v];
    if (!step) throw new Error(`no migration from backup version ${v}`);
    out = { ...step(out), version: v + 1 };
  }
  return out;
}

/** Returns the backup file (pretty JSON) for everything the workbench stores; `createdAt` defaults to now. */
export function createBackup(data: BackupData, createdAt: string = new Date().toISOString()): string {
  const file: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt, ...data };
  return JSON.stringify(file);
}

/**
 * Reads a backup file, migrating older versions, and refuses with a sentence saying why: nested too deep,
 * not JSON (or truncated), not a workbench backup, made by a newer version, or which records are malformed
 * and where (every record is checked deeply, so nothing restored can break a view later).
 */
export function parseBackup(json: string): ImportResult<BackupData> {
  const parsed = parseJsonFile(json, 'not a Coverage Workbench backup');
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'not a Coverage Workbench backup (the file is not a JSON object)' };
  }
  const file = raw as Json;
  if (file.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      error: `not a Coverage Workbench backup (format is ${JSON.stringify(file.format ?? null)})`,
    };
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: `the backup version ${JSON.stringify(version ?? null)} is not valid` };
  }
  if (version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `made by a newer version of the workbench (backup version ${version}; this one reads up to ${BACKUP_VERSION})`,
    };
  }
  const current = migrateBackup(file, version);
  const problems = validateBackupData(current);
  if (problems.length > 0)
    return { ok: false, error: `the backup has malformed records: ${problems.join('; ')}` };
  const data = Object.fromEntries(BACKUP_KINDS.map((k) => [k, current[k]])) as unknown as BackupData;
  const warnings = version < BACKUP_VERSION ? [`upgraded from backup version ${version}`] : [];
  return { ok: true, value: data, warnings };
}

import { checkFields, isArray, isNullableString, isNumber, isString, type Problems } from './checks';

/**
 * One file of an import in the journal: a failure with its message, or (written by earlier versions, which
 * journaled file by file) a `pending` file. A `pending` entry whose page (`owner`) is gone is a file that page
 * never finished: it was closed, reloaded or crashed.
 */
export type ImportJournalEntry = Readonly<{
  /** Sorts in import order. */
  key: string;
  owner: string;
  name: string;
  state: 'pending' | 'failed';
  message: string | null;
  startedAt: number;
}>;

/**
 * One chunk of an import's files, written `pending` before any is read and removed by the transaction that
 * stores the chunk (which writes its failures as entries): a record per chunk, not per file, since each
 * journal write is a database request and a request per file cost a fifth of a 1,000-file import.
 */
export type ImportJournalChunk = Readonly<{
  /** The key of its first file: sorts in import order. */
  key: string;
  owner: string;
  state: 'pending';
  startedAt: number;
  files: readonly Readonly<{ key: string; name: string }>[];
}>;

/** A record of the import journal table. */
export type ImportJournalRecord = ImportJournalEntry | ImportJournalChunk;

export function isJournalChunk(record: ImportJournalRecord): record is ImportJournalChunk {
  return 'files' in record;
}

/** Problems of a stored import journal record (a file entry or a chunk). */
export function validateImportJournalEntry(value: unknown): Problems {
  if (typeof value === 'object' && value !== null && 'files' in value)
    return checkFields('import journal chunk', value, {
      key: isString,
      owner: isString,
      state: (v) => v === 'pending',
      startedAt: isNumber,
      files: (v) =>
        isArray(v) &&
        (v as unknown[]).every(
          (f) => typeof f === 'object' && f !== null && isString((f as { key?: unknown }).key),
        ),
    });
  return checkFields('import journal entry', value, {
    key: isString,
    owner: isString,
    name: isString,
    state: (v) => v === 'pending' || v === 'failed',
    message: isNullableString,
    startedAt: isNumber,
  });
}

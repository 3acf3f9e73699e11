import { checkFields, isNullableString, isNumber, isString, type Problems } from './checks';

/**
 * One file of an import in the journal. Written `pending` when the import starts and removed once the file is
 * stored; failures stay with their message. A `pending` entry whose page (`owner`) is gone is a file that page
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

/** Problems of a stored import journal entry. */
export function validateImportJournalEntry(value: unknown): Problems {
  return checkFields('import journal entry', value, {
    key: isString,
    owner: isString,
    name: isString,
    state: (v) => v === 'pending' || v === 'failed',
    message: isNullableString,
    startedAt: isNumber,
  });
}

import { errorNames } from '../../core/errors/error-names';

/** The first sentence of every message about a write the browser refused for lack of space. */
export const STORAGE_FULL = 'The browser refused to store more: storage is full.';

/**
 * True when `error` is, or wraps, a QuotaExceededError. IndexedDB reports a full disk as the transaction's
 * error, which Dexie hands on as-is, as an AbortError with it as `inner`, or inside a BulkError's `failures`.
 */
export function isStorageFull(error: unknown): boolean {
  return errorNames(error).includes('QuotaExceededError');
}

/**
 * The sentence to show for a failed write: on a full disk, {@link STORAGE_FULL} and what became of the
 * data (by default "Nothing was changed.", true of every write here since each is one transaction that
 * aborts whole); otherwise `failed` followed by the error's message.
 */
export function describeWriteError(
  error: unknown,
  failed: string,
  unchanged = 'Nothing was changed.',
): string {
  if (isStorageFull(error)) return `${STORAGE_FULL} ${unchanged}`;
  return `${failed}: ${error instanceof Error ? error.message : String(error)}`;
}

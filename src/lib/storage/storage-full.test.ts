import { describe, expect, it } from 'vitest';
import { STORAGE_FULL, describeWriteError, isStorageFull } from './storage-full';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isStorageFull', () => {
  it('recognises the DOMException itself', () => {
    expect(isStorageFull(quota())).toBe(true);
  });

  it('recognises it inside an abort error, as Dexie reports an aborted transaction', () => {
    const abort = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota() });
    expect(isStorageFull(abort)).toBe(true);
  });

  it('recognises it among the failures of a bulk write', () => {
    const bulk = Object.assign(new Error('2 of 3 failed'), {
      name: 'BulkError',
      failures: [new Error('constraint'), quota()],
    });
    expect(isStorageFull(bulk)).toBe(true);
  });

  it('is false for other errors and non-errors', () => {
    const abort = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: null });
    expect(isStorageFull(abort)).toBe(false);
    expect(isStorageFull(new DOMException('no', 'ConstraintError'))).toBe(false);
    expect(isStorageFull('QuotaExceededError')).toBe(false);
    expect(isStorageFull(undefined)).toBe(false);
  });

  it('stops on an error that wraps itself', () => {
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(isStorageFull(loop)).toBe(false);
  });
});

describe('describeWriteError', () => {
  it('says storage is full and that nothing changed', () => {
    expect(describeWriteError(quota(), 'Could not store')).toBe(`${STORAGE_FULL} Nothing was changed.`);
  });

  it('says what became of the data when the caller knows better', () => {
    expect(describeWriteError(quota(), 'x', 'The analysis is retried later.')).toBe(
      `${STORAGE_FULL} The analysis is retried later.`,
    );
  });

  it('names any other failure after the caller’s words', () => {
    expect(describeWriteError(new Error('disk on fire'), 'Could not store')).toBe(
      'Could not store: disk on fire',
    );
  });
});

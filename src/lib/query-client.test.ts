import { describe, expect, it } from 'vitest';
import { createQueryClient } from './query-client';
import { STORAGE_FULL } from './storage/storage-full';

const quotaAbort = () =>
  Object.assign(new Error('Transaction aborted'), {
    name: 'AbortError',
    inner: new DOMException('quota', 'QuotaExceededError'),
  });

/** Runs a write that fails on a full disk; returns the messages the client asked to show. */
async function runFailing(meta?: { errorShownInline?: boolean }): Promise<string[]> {
  const shown: string[] = [];
  const client = createQueryClient((message) => shown.push(message));
  const mutation = client.getMutationCache().build(client, {
    mutationFn: () => Promise.reject(quotaAbort()),
    meta,
  });
  await mutation.execute(undefined).catch(() => {});
  return shown;
}

describe('createQueryClient', () => {
  it('tells the analyst when a write fails on a full disk', async () => {
    expect(await runFailing()).toEqual([`${STORAGE_FULL} Nothing was changed.`]);
  });

  it('leaves the message to views that show the error themselves', async () => {
    expect(await runFailing({ errorShownInline: true })).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { useToastStore } from '../ui/toast-store';
import { createQueryClient } from './query-client';
import { STORAGE_FULL } from './storage/storage-full';

const quotaAbort = () =>
  Object.assign(new Error('Transaction aborted'), {
    name: 'AbortError',
    inner: new DOMException('quota', 'QuotaExceededError'),
  });

async function runFailing(meta?: { errorShownInline?: boolean }) {
  const client = createQueryClient();
  const mutation = client.getMutationCache().build(client, {
    mutationFn: () => Promise.reject(quotaAbort()),
    meta,
  });
  await mutation.execute(undefined).catch(() => {});
}

describe('createQueryClient', () => {
  afterEach(() => useToastStore.setState({ toasts: [] }));

  it('tells the analyst when a write fails on a full disk', async () => {
    await runFailing();
    expect(useToastStore.getState().toasts.map((t) => t.message)).toEqual([
      `${STORAGE_FULL} Nothing was changed.`,
    ]);
  });

  it('leaves the message to views that show the error themselves', async () => {
    await runFailing({ errorShownInline: true });
    expect(useToastStore.getState().toasts).toEqual([]);
  });
});

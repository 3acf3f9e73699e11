import { describe, expect, it } from 'vitest';
import { createWorkerClient, serveCommands } from './rpc';

type Commands = { save: { input: { fail: boolean }; output: string } };

describe('worker rpc', () => {
  it('answers commands and carries the names of wrapped errors across, so a full disk is still told apart', async () => {
    const { port1: workerSide, port2: pageSide } = new MessageChannel();
    serveCommands<Commands>(workerSide, {
      save: async ({ fail }) => {
        if (!fail) return 'saved';
        // How Dexie reports a full disk: an AbortError wrapping the QuotaExceededError.
        const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        throw Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
      },
    });
    const client = createWorkerClient<Commands>(pageSide as unknown as Worker, 'test');
    try {
      expect(await client.call('save', { fail: false })).toBe('saved');
      const error = await client.call('save', { fail: true }).catch((e: unknown) => e as Error);
      expect(error).toBeInstanceOf(Error);
      expect(error).toMatchObject({ name: 'AbortError', message: 'Transaction aborted' });
      expect((error as Error).cause).toMatchObject({ name: 'QuotaExceededError' });
    } finally {
      workerSide.close();
      pageSide.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createWorkerClient, serveCommands } from './rpc';

type Commands = {
  save: { input: { fail: boolean }; output: string };
  echo: { input: unknown; output: unknown };
};

describe('worker rpc', () => {
  it('answers commands and carries the names of wrapped errors across, so a full disk is still told apart', async () => {
    const { port1: workerSide, port2: pageSide } = new MessageChannel();
    serveCommands<Commands>(workerSide, {
      echo: async (input) => input,
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

  it('settles every call, even when the answer or the question cannot be cloned', async () => {
    const { port1: workerSide, port2: pageSide } = new MessageChannel();
    serveCommands<Commands>(workerSide, {
      save: async () => 'saved',
      // Returns what it was given, or a value no structured clone can copy.
      echo: async (input) => (input === 'function' ? { run: () => 1 } : input),
    });
    const client = createWorkerClient<Commands>(pageSide as unknown as Worker, 'test');
    try {
      await expect(client.call('echo', 'function')).rejects.toThrow(
        /could not send its answer to “echo” to the page/,
      );
      await expect(client.call('echo', { run: () => 1 })).rejects.toThrow();
      // The worker still answers afterwards.
      expect(await client.call('echo', 'plain')).toBe('plain');
    } finally {
      workerSide.close();
      pageSide.close();
    }
  });

  it('fails every call at once after the worker could not be started, not only those waiting then', async () => {
    const posted: unknown[] = [];
    const worker = { postMessage: (m: unknown) => posted.push(m) } as unknown as Worker;
    const client = createWorkerClient<Commands>(worker, 'reader');
    const waiting = client.call('echo', 1);
    // How a browser tells the page a module worker's code failed to load: a plain error event.
    worker.onerror!(new Event('error') as ErrorEvent);
    await expect(waiting).rejects.toThrow('The reader worker could not be started');
    await expect(client.call('echo', 2)).rejects.toThrow('The reader worker could not be started');
    expect(posted).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { AnalysisQueue } from './analysis-queue';

/** A queue whose analyses finish when the test says so, recording the order they started in. */
function controlledQueue() {
  const started: string[] = [];
  const finish = new Map<string, (saved: boolean) => void>();
  const queue = new AnalysisQueue(
    (id) =>
      new Promise<boolean>((resolve, reject) => {
        started.push(id);
        finish.set(id, (saved) => (id.startsWith('bad') ? reject(new Error(`${id} broke`)) : resolve(saved)));
      }),
  );
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  const complete = async (id: string, saved = true) => {
    await tick();
    finish.get(id)!(saved);
    await tick();
  };
  return { queue, started, complete, tick };
}

describe('AnalysisQueue', () => {
  it('analyses one article at a time, in order, each queued id once, and reports saved ones', async () => {
    const { queue, started, complete } = controlledQueue();
    const saved: string[] = [];
    queue.listen({ saved: (id) => void saved.push(id), failed: () => {} });
    queue.enqueue(['a', 'b']);
    queue.enqueue(['b', 'c']);
    expect(queue.getProgress()).toEqual({ done: 0, total: 3 });
    await complete('a');
    expect(started).toEqual(['a', 'b']);
    expect(queue.getProgress()).toEqual({ done: 1, total: 3 });
    await complete('b', false);
    await complete('c');
    expect(started).toEqual(['a', 'b', 'c']);
    expect(saved).toEqual(['a', 'c']);
    expect(queue.getProgress()).toEqual({ done: 0, total: 0 });
  });

  it('waits while an import holds it, and goes on right after', async () => {
    const { queue, started, tick } = controlledQueue();
    let endImport!: () => void;
    const importing = queue.holdDuring(() => new Promise<void>((resolve) => (endImport = resolve)));
    queue.enqueue(['a']);
    await tick();
    expect(started).toEqual([]);
    endImport();
    await importing;
    await tick();
    expect(started).toEqual(['a']);
  });

  it('goes on after an article that fails, and can drop what waits', async () => {
    const { queue, started, complete } = controlledQueue();
    const failures: string[] = [];
    queue.listen({
      saved: () => {},
      failed: (id, error) => {
        failures.push(`${id}: ${(error as Error).message}`);
        if (id === 'bad-2') queue.clear();
      },
    });
    queue.enqueue(['bad-1', 'a', 'bad-2', 'b', 'c']);
    await complete('bad-1');
    await complete('a');
    await complete('bad-2');
    expect(started).toEqual(['bad-1', 'a', 'bad-2']);
    expect(failures).toEqual(['bad-1: bad-1 broke', 'bad-2: bad-2 broke']);
    expect(queue.getProgress()).toEqual({ done: 0, total: 0 });
    // Dropped ids can be queued again.
    queue.enqueue(['b']);
    await complete('b');
    expect(started).toEqual(['bad-1', 'a', 'bad-2', 'b']);
  });
});

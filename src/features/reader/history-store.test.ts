import { beforeEach, describe, expect, it } from 'vitest';
import { useHistoryStore, type Command } from './history-store';

/** A command over a shared list, like an annotation created in the database. */
function makeAdd(list: string[], value: string): Command {
  return {
    label: `add ${value}`,
    run: () => Promise.resolve(void list.push(value)),
    revert: () => Promise.resolve(void list.splice(list.indexOf(value), 1)),
  };
}

beforeEach(() => useHistoryStore.getState().clear());

describe('annotation history', () => {
  it('undoes and redoes in order', async () => {
    const list: string[] = [];
    const { execute, undo, redo } = useHistoryStore.getState();
    await execute(makeAdd(list, 'a'));
    await execute(makeAdd(list, 'b'));
    await undo();
    expect(list).toEqual(['a']);
    await undo();
    expect(list).toEqual([]);
    await undo();
    expect(list).toEqual([]);
    await redo();
    expect(list).toEqual(['a']);
    expect(useHistoryStore.getState().future.map((c) => c.label)).toEqual(['add b']);
  });

  it('forgets undone commands once a new one runs', async () => {
    const list: string[] = [];
    const { execute, undo, redo } = useHistoryStore.getState();
    await execute(makeAdd(list, 'a'));
    await undo();
    await execute(makeAdd(list, 'c'));
    await redo();
    expect(list).toEqual(['c']);
  });

  it('ignores an undo pressed while a step is still writing', async () => {
    const list: string[] = [];
    const { execute, undo } = useHistoryStore.getState();
    await execute(makeAdd(list, 'a'));
    await execute(makeAdd(list, 'b'));
    await Promise.all([undo(), undo()]);
    expect(list).toEqual(['a']);
  });

  it('runs an edit made while an undo is still writing after it, never dropping it', async () => {
    const list: string[] = [];
    const { execute, undo } = useHistoryStore.getState();
    await execute(makeAdd(list, 'a'));
    await Promise.all([undo(), execute(makeAdd(list, 'b')), execute(makeAdd(list, 'c'))]);
    expect(list).toEqual(['b', 'c']);
    expect(useHistoryStore.getState()).toMatchObject({ busy: false });
    expect(useHistoryStore.getState().past.map((c) => c.label)).toEqual(['add b', 'add c']);
  });

  it('keeps a command off the stack when it fails', async () => {
    const { execute } = useHistoryStore.getState();
    const failing: Command = {
      label: 'x',
      run: () => Promise.reject(new Error('quota')),
      revert: () => Promise.resolve(),
    };
    await expect(execute(failing)).rejects.toThrow('quota');
    expect(useHistoryStore.getState()).toMatchObject({ past: [], busy: false });
  });
});

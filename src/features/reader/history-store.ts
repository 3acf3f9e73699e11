import { create } from 'zustand';

/** One undoable action: how to do (and redo) it and how to take it back. */
export type Command = Readonly<{ label: string; run: () => Promise<void>; revert: () => Promise<void> }>;

type HistoryState = {
  past: readonly Command[];
  future: readonly Command[];
  busy: boolean;
  /** Runs a new command and makes it the one to undo; anything undone before can no longer be redone. */
  execute: (command: Command) => Promise<void>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  clear: () => void;
};

const LIMIT = 100;

/**
 * The reader's undo/redo stack for annotation and correction actions. Commands call the same mutations as the UI, so an
 * undo writes to the database like any other edit. One step runs at a time: an undo or redo pressed meanwhile
 * is dropped, so a held ctrl+z cannot race its own writes; a new edit waits its turn, never dropped (a note
 * saved while an undo writes would otherwise be lost with its editor closed).
 */
export const useHistoryStore = create<HistoryState>((set, get) => {
  let running: Promise<void> | null = null;
  const run = (work: () => Promise<void>): Promise<void> => {
    set({ busy: true });
    running = work().finally(() => {
      running = null;
      set({ busy: false });
    });
    return running;
  };
  const step = async (work: () => Promise<void>) => {
    if (!get().busy) await run(work);
  };
  const queued = async (work: () => Promise<void>) => {
    while (running) await running.catch(() => {});
    await run(work);
  };
  return {
    past: [],
    future: [],
    busy: false,
    execute: (command) =>
      queued(async () => {
        await command.run();
        set((s) => ({ past: [...s.past, command].slice(-LIMIT), future: [] }));
      }),
    undo: () =>
      step(async () => {
        const command = get().past.at(-1);
        if (!command) return;
        await command.revert();
        set((s) => ({ past: s.past.slice(0, -1), future: [command, ...s.future] }));
      }),
    redo: () =>
      step(async () => {
        const command = get().future[0];
        if (!command) return;
        await command.run();
        set((s) => ({ past: [...s.past, command], future: s.future.slice(1) }));
      }),
    clear: () => set({ past: [], future: [] }),
  };
});

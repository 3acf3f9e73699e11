import { create } from 'zustand';
import { pageId } from '../../lib/page-lock';

export type FileState = 'waiting' | 'working' | 'imported' | 'duplicate' | 'failed';

/** One file's line in the import status list. */
export type FileStatus = Readonly<{
  key: string;
  name: string;
  state: FileState;
  message: string | null;
  articleIds: readonly string[];
}>;

export type FilePatch = Partial<Omit<FileStatus, 'key' | 'name'>>;

type ImportState = {
  files: readonly FileStatus[];
  panelOpen: boolean;
  enqueue: (names: readonly string[]) => string[];
  /** Shows files an earlier page failed or never finished, read from the import journal. */
  restore: (files: readonly FileStatus[]) => void;
  update: (key: string, patch: FilePatch) => void;
  /** Applies many patches in one store update: one re-render per batch, not per file. */
  updateMany: (patches: ReadonlyMap<string, FilePatch>) => void;
  closePanel: () => void;
  clearFinished: () => void;
};

let counter = 0;

// Keys sort in import order across pages and reloads: the journal keeps them.
const newKey = () =>
  `${Date.now().toString(36).padStart(9, '0')}-${pageId().slice(0, 8)}-${String(++counter).padStart(7, '0')}`;

/** UI state of imports: which files are queued, running, done or failed, and whether the panel is open. */
export const useImportStore = create<ImportState>((set) => ({
  files: [],
  panelOpen: false,
  enqueue: (names) => {
    const added = names.map((name) => ({
      key: newKey(),
      name,
      state: 'waiting' as const,
      message: null,
      articleIds: [],
    }));
    set((s) => ({ files: [...s.files, ...added], panelOpen: true }));
    return added.map((f) => f.key);
  },
  restore: (restored) =>
    set((s) => {
      const known = new Set(s.files.map((f) => f.key));
      const fresh = restored.filter((f) => !known.has(f.key));
      return fresh.length === 0 ? s : { files: [...fresh, ...s.files], panelOpen: true };
    }),
  update: (key, patch) =>
    set((s) => ({ files: s.files.map((f) => (f.key === key ? { ...f, ...patch } : f)) })),
  updateMany: (patches) =>
    set((s) => ({
      files: s.files.map((f) => {
        const patch = patches.get(f.key);
        return patch ? { ...f, ...patch } : f;
      }),
    })),
  closePanel: () => set({ panelOpen: false }),
  clearFinished: () =>
    set((s) => ({ files: s.files.filter((f) => f.state === 'waiting' || f.state === 'working') })),
}));

/** True once a file has reached a final state. */
export function isFinished(state: FileState): boolean {
  return state === 'imported' || state === 'duplicate' || state === 'failed';
}

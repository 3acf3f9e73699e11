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
  /**
   * A failure of an import before the current one (of this page or an earlier one): shown apart, so it never
   * counts in the current import's figures, until the analyst dismisses it.
   */
  earlier: boolean;
}>;

export type FilePatch = Partial<Omit<FileStatus, 'key' | 'name' | 'earlier'>>;

type ImportState = {
  files: readonly FileStatus[];
  /** The first key of the latest import: failures before it belong to earlier imports. */
  latestStart: string;
  panelOpen: boolean;
  /** The file list shows; false once an import ends with nothing to read about, leaving a small status. */
  expanded: boolean;
  /**
   * Adds files to import. Started while nothing runs, they are an import of their own: the one before leaves
   * the list but for its failures, which stay apart as earlier ones. Started while another runs, they join it.
   */
  enqueue: (names: readonly string[]) => string[];
  /** Shows files an earlier page failed or never finished, read from the import journal (folded, as earlier). */
  restore: (files: readonly Omit<FileStatus, 'earlier'>[]) => void;
  update: (key: string, patch: FilePatch) => void;
  /**
   * Applies many patches in one store update: one re-render per batch, not per file. A failure of an earlier
   * import whose file this import has now finished (under the same name) is dropped from the list, so the
   * count says how the latest attempt went (their journal entries left with the chunk's settlement); returns
   * the keys dropped.
   */
  updateMany: (patches: ReadonlyMap<string, FilePatch>) => string[];
  closePanel: () => void;
  setExpanded: (expanded: boolean) => void;
  /** Drops finished files from the list: those of `keys` only, when given. */
  clearFinished: (keys?: readonly string[]) => void;
};

let counter = 0;

// Keys sort in import order across pages and reloads: the journal keeps them.
const newKey = () =>
  `${Date.now().toString(36).padStart(9, '0')}-${pageId().slice(0, 8)}-${String(++counter).padStart(7, '0')}`;

/** UI state of imports: which files are queued, running, done or failed, and whether the panel is open. */
export const useImportStore = create<ImportState>((set, get) => ({
  files: [],
  latestStart: '',
  panelOpen: false,
  expanded: true,
  enqueue: (names) => {
    const added = names.map((name) => ({
      key: newKey(),
      name,
      state: 'waiting' as const,
      message: null,
      articleIds: [],
      earlier: false,
    }));
    set((s) => ({
      files: [...(s.files.every((f) => isFinished(f.state)) ? failuresOnly(s.files) : s.files), ...added],
      latestStart: added[0]?.key ?? s.latestStart,
      panelOpen: true,
      expanded: true,
    }));
    return added.map((f) => f.key);
  },
  restore: (restored) =>
    set((s) => {
      const known = new Set(s.files.map((f) => f.key));
      const fresh = restored.filter((f) => !known.has(f.key)).map((f) => ({ ...f, earlier: true }));
      if (fresh.length === 0) return s;
      // Failures of an earlier page come back folded to a line in the header: shown in full on every page
      // load, the list covered the reader's side panel until cleared. An import running here stays as it is.
      return { files: [...fresh, ...s.files], panelOpen: true, expanded: s.files.length > 0 && s.expanded };
    }),
  update: (key, patch) =>
    set((s) => ({ files: s.files.map((f) => (f.key === key ? { ...f, ...patch } : f)) })),
  updateMany: (patches) => {
    const { files, latestStart } = get();
    const next = files.map((f) => {
      const patch = patches.get(f.key);
      return patch ? { ...f, ...patch } : f;
    });
    // A later attempt at a file replaces the earlier failure, whatever its own outcome.
    const done = new Set(next.filter((f) => patches.has(f.key) && isFinished(f.state)).map((f) => f.name));
    const superseded = next.filter((f) => f.state === 'failed' && f.key < latestStart && done.has(f.name));
    const gone = new Set(superseded.map((f) => f.key));
    const kept = gone.size === 0 ? next : next.filter((f) => !gone.has(f.key));
    // The list stays open while something of this import runs or calls for reading (a failure, a duplicate, a
    // warning); earlier failures show in the folded line.
    const quiet = kept.every((f) => f.earlier || (f.state === 'imported' && f.message === null));
    set(quiet ? { files: kept, expanded: false } : { files: kept });
    return [...gone];
  },
  closePanel: () => set({ panelOpen: false }),
  setExpanded: (expanded) => set({ expanded }),
  clearFinished: (keys) => {
    const only = keys && new Set(keys);
    set((s) => ({
      files: s.files.filter((f) => !isFinished(f.state) || (only !== undefined && !only.has(f.key))),
    }));
  },
}));

// Once an import is over, only its failures are worth keeping: what it stored is in the library.
const failuresOnly = (files: readonly FileStatus[]): FileStatus[] =>
  files.flatMap((f) => (f.state !== 'failed' ? [] : f.earlier ? [f] : [{ ...f, earlier: true }]));

/** True once a file has reached a final state. */
export function isFinished(state: FileState): boolean {
  return state === 'imported' || state === 'duplicate' || state === 'failed';
}

import { create } from 'zustand';
import { toggled } from '../../lib/toggle-set';

export type SortKey = 'title' | 'source' | 'date' | 'wordCount' | 'importedAt';
export type SortDir = 'asc' | 'desc';

type LibraryState = {
  selected: ReadonlySet<string>;
  sortKey: SortKey;
  sortDir: SortDir;
  showStories: boolean;
  toggleStories: () => void;
  toggle: (id: string) => void;
  setSelected: (ids: Iterable<string>) => void;
  clearSelection: () => void;
  sortBy: (key: SortKey) => void;
};

/** Library UI state: which rows are selected and how the list is sorted. */
export const useLibraryStore = create<LibraryState>((set) => ({
  selected: new Set(),
  sortKey: 'importedAt',
  sortDir: 'desc',
  showStories: false,
  toggleStories: () => set((s) => ({ showStories: !s.showStories })),
  toggle: (id) => set((s) => ({ selected: toggled(s.selected, id) })),
  setSelected: (ids) => set({ selected: new Set(ids) }),
  clearSelection: () => set({ selected: new Set() }),
  sortBy: (key) =>
    set((s) => ({
      sortKey: key,
      sortDir:
        s.sortKey === key
          ? s.sortDir === 'asc'
            ? 'desc'
            : 'asc'
          : key === 'title' || key === 'source'
            ? 'asc'
            : 'desc',
    })),
}));

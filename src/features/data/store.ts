import { create } from 'zustand';

/** A running background task (export, backup, import): what it is doing and how far it got. */
export type ExportProgress = Readonly<{ label: string; done: number; total: number }>;

type ExportState = {
  progress: ExportProgress | null;
  setProgress: (progress: ExportProgress | null) => void;
};

/** Export UI state: the progress of the background task, shown wherever the analyst is looking. */
export const useExportStore = create<ExportState>((set) => ({
  progress: null,
  setProgress: (progress) => set({ progress }),
}));

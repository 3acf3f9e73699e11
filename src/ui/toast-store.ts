import { create } from 'zustand';

/** A short message with an optional action (e.g. Undo), dismissed by the user or after a while. */
export type Toast = Readonly<{ id: number; message: string; actionLabel?: string; onAction?: () => void }>;

type ToastState = {
  toasts: readonly Toast[];
  show: (toast: Omit<Toast, 'id'>) => number;
  dismiss: (id: number) => void;
};

let nextId = 1;

export const useToastStore = create<ToastState>((set) => ({
  toasts: [],
  show: (toast) => {
    const id = nextId++;
    set((s) => ({ toasts: [...s.toasts, { ...toast, id }] }));
    return id;
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));

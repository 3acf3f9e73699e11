import { useMemo } from 'react';
import { useToastStore } from '../../ui/toast-store';
import { EditConflictError } from './api/mutate-annotations';
import { useHistoryStore } from './history-store';

/**
 * The reader's undo and redo. A step that would overwrite an annotation another tab changed or deleted since
 * is refused (its checked write throws, so the history stays put), and a toast says why.
 */
export function useCheckedHistory() {
  const { undo, redo, clear, past, future } = useHistoryStore();
  const show = useToastStore((s) => s.show);
  return useMemo(() => {
    const refuse = (step: string) => (error: unknown) => {
      if (!(error instanceof EditConflictError)) throw error;
      const what = error.conflict.kind === 'deleted' ? 'deleted' : 'changed';
      show({ message: `Not ${step}: the annotation was ${what} in another tab.` });
    };
    return {
      undo: () => undo().catch(refuse('undone')),
      redo: () => redo().catch(refuse('redone')),
      clear,
      past,
      future,
    };
  }, [undo, redo, clear, past, future, show]);
}

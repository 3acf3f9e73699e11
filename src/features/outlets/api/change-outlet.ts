import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mergeOutlets, renameOutlet, revertOutletChange } from '../../../db/outlet-repo';
import { outletKeys } from '../../../lib/query-keys';
import { describeWriteError } from '../../../lib/storage/storage-full';
import { useToastStore } from '../../../ui/toast-store';

/** A change the outlets view makes: a new name for an outlet, or a merge into another. */
export type OutletChangeRequest =
  | Readonly<{ kind: 'rename'; key: string; name: string; label: string }>
  | Readonly<{ kind: 'merge'; key: string; into: string; intoName: string; label: string }>;

/** Renames or merges an outlet, refreshing every view that shows outlets, and offers Undo. */
export function useChangeOutlet() {
  const queryClient = useQueryClient();
  const show = useToastStore((s) => s.show);
  const refresh = () => queryClient.invalidateQueries({ queryKey: outletKeys.all });
  return useMutation({
    meta: { errorShownInline: true },
    mutationFn: (change: OutletChangeRequest) =>
      change.kind === 'rename'
        ? renameOutlet(change.key, change.name)
        : mergeOutlets(change.key, change.into, change.intoName),
    onSuccess: async (done, change) => {
      await refresh();
      show({
        message: change.label,
        actionLabel: 'Undo',
        onAction: () => {
          void revertOutletChange(done).then(refresh, (error: unknown) =>
            show({ message: describeWriteError(error, 'Could not undo the outlet change') }),
          );
        },
      });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteLabel, mergeLabels, updateLabel } from '../../../db/tag-repo';
import { annotationKeys, compareKeys, labelKeys, tagKeys } from '../../../lib/query-keys';

/** A change the label manager makes to one of the analyst's labels: rename/recolour, merge, or delete. */
export type LabelChange =
  | Readonly<{ kind: 'update'; id: string; name?: string; color?: string }>
  | Readonly<{ kind: 'merge'; id: string; into: string }>
  | Readonly<{ kind: 'delete'; id: string }>;

/** Applies a label change and refreshes everything that shows labels: pickers, annotations, counts, filters. */
export function useChangeLabel() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorShownInline: true },
    mutationFn: async (change: LabelChange) => {
      if (change.kind === 'update') await updateLabel(change.id, change);
      else if (change.kind === 'merge') await mergeLabels(change.id, change.into);
      else await deleteLabel(change.id);
    },
    onSettled: async () => {
      // Tag keys hold the use counts and the search filters' label facts.
      await Promise.all(
        [labelKeys.all, tagKeys.all, annotationKeys.all, compareKeys.annotations()].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
}

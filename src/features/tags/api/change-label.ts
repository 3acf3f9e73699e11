import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordChange } from './record-change';
import { deleteLabel, mergeLabels, updateLabel } from '../../../db/tag-repo';
import { annotationKeys, compareKeys, labelKeys, tagKeys } from '../../../lib/query-keys';

/** Applies a label change and refreshes everything that shows labels: pickers, annotations, counts, filters. */
export function useChangeLabel() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorShownInline: true },
    mutationFn: async (change: RecordChange) => {
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

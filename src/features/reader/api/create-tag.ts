import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createLabel, createTag } from '../../../db/tag-repo';
import { labelKeys, tagKeys } from '../../../lib/query-keys';

/** Creates a tag (or returns the one with that name); the pickers refresh. */
export function useCreateTag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, color }: { name: string; color: string }) => createTag(name, color),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tagKeys.all }),
  });
}

/** Creates one of the analyst's labels (or returns the one with that name). */
export function useCreateLabel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, color }: { name: string; color: string }) => createLabel(name, color),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: labelKeys.all }),
  });
}

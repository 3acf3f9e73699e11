import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Annotation } from '../../../core/model';
import { deleteAnnotationVersion, putAnnotation, replaceAnnotation } from '../../../db/annotation-repo';
import { annotationKeys, tagKeys } from '../../../lib/query-keys';
import { updateSearchIndex } from '../../../workers/search-client';

/** What another tab did to an annotation since this tab read it. */
export type EditConflict = Readonly<{ kind: 'changed'; theirs: Annotation }> | Readonly<{ kind: 'deleted' }>;

/** Thrown by a checked write that found the stored annotation changed or deleted (nothing was written). */
export class EditConflictError extends Error {
  constructor(readonly conflict: EditConflict) {
    super(conflict.kind === 'deleted' ? 'annotation deleted meanwhile' : 'annotation changed meanwhile');
  }
}

/**
 * The writes every annotation action (create, edit, delete, and their undo) is made of: put a record as
 * given, or replace or delete one only if it is still the version expected (else throw EditConflictError).
 * Each refreshes the article's annotations and keeps the search index current.
 */
export function useAnnotationWrites() {
  const queryClient = useQueryClient();
  const refresh = async (articleId: string) => {
    await queryClient.invalidateQueries({ queryKey: annotationKeys.article(articleId) });
    await queryClient.invalidateQueries({ queryKey: tagKeys.all });
  };
  const saved = async (annotation: Annotation) => {
    updateSearchIndex('upsertAnnotations', { annotations: [annotation] });
    await refresh(annotation.articleId);
  };
  const put = useMutation({ mutationFn: putAnnotation, onSuccess: saved });
  const replace = useMutation({
    mutationFn: ({ expected, next }: { expected: Annotation; next: Annotation }) =>
      replaceAnnotation(expected, next),
    onSuccess: async (result, { next }) => {
      if (result.status === 'saved') return saved(result.annotation);
      // Nothing written; refetch so this tab shows what the other one stored.
      await refresh(next.articleId);
    },
  });
  const remove = useMutation({
    mutationFn: deleteAnnotationVersion,
    onSuccess: async (result, annotation) => {
      if (result.status !== 'changed') updateSearchIndex('removeAnnotation', { id: annotation.id });
      await refresh(annotation.articleId);
    },
  });
  const putAsync = put.mutateAsync;
  const replaceAsync = replace.mutateAsync;
  const removeAsync = remove.mutateAsync;
  return useMemo(
    () => ({
      put: async (a: Annotation) => void (await putAsync(a)),
      replace: async (expected: Annotation, next: Annotation) => {
        const result = await replaceAsync({ expected, next });
        if (result.status === 'deleted') throw new EditConflictError({ kind: 'deleted' });
        if (result.status === 'changed')
          throw new EditConflictError({ kind: 'changed', theirs: result.current });
      },
      // Already gone counts as done: the analyst wanted it gone.
      remove: async (a: Annotation) => {
        const result = await removeAsync(a);
        if (result.status === 'changed')
          throw new EditConflictError({ kind: 'changed', theirs: result.current });
      },
    }),
    [putAsync, replaceAsync, removeAsync],
  );
}

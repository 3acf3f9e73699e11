import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Annotation } from '../../../core/model';
import { deleteAnnotation, putAnnotation } from '../../../db/annotation-repo';
import { annotationKeys, tagKeys } from '../../../lib/query-keys';
import { updateSearchIndex } from '../../../workers/search-client';

/**
 * The two writes every annotation action (create, edit, delete, and their undo) is made of: put a record as
 * given, or delete one. Each refreshes the article's annotations and keeps the search index current.
 */
export function useAnnotationWrites() {
  const queryClient = useQueryClient();
  const refresh = async (articleId: string) => {
    await queryClient.invalidateQueries({ queryKey: annotationKeys.article(articleId) });
    await queryClient.invalidateQueries({ queryKey: tagKeys.all });
  };
  const put = useMutation({
    mutationFn: (annotation: Annotation) => putAnnotation(annotation),
    onSuccess: async (saved) => {
      updateSearchIndex('upsertAnnotations', { annotations: [saved] });
      await refresh(saved.articleId);
    },
  });
  const remove = useMutation({
    mutationFn: (annotation: Annotation) => deleteAnnotation(annotation.id),
    onSuccess: async (deleted, annotation) => {
      updateSearchIndex('removeAnnotation', { id: annotation.id });
      await refresh(deleted?.articleId ?? annotation.articleId);
    },
  });
  const putAsync = put.mutateAsync;
  const removeAsync = remove.mutateAsync;
  return useMemo(
    () => ({
      put: async (a: Annotation) => void (await putAsync(a)),
      remove: async (a: Annotation) => void (await removeAsync(a)),
    }),
    [putAsync, removeAsync],
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeRange } from '../../../core/anchor';
import type { Annotation, Span } from '../../../core/model';
import { addAnnotation, deleteAnnotation } from '../../../db/annotation-repo';
import { annotationKeys, compareKeys, tagKeys } from '../../../lib/query-keys';
import { describeWriteError } from '../../../lib/storage/storage-full';
import { updateSearchIndex } from '../../../workers/search-client';
import { useToastStore } from '../../../ui/toast-store';

/** What "Also in …" copies: an annotation, onto `span` of another article's clean text. */
export type CopyAnnotationInput = Readonly<{
  annotation: Annotation;
  articleId: string;
  text: string;
  span: Span;
}>;

/** A new annotation with the same note, label and tags on the other article, anchored by quote and position. */
export function copyAnnotationTo({ annotation, articleId, text, span }: CopyAnnotationInput): Annotation {
  const now = Date.now();
  return {
    id: crypto.randomUUID(),
    articleId,
    target: describeRange(text, span[0], span[1]),
    note: annotation.note,
    label: annotation.label,
    tags: [...annotation.tags],
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Stores the copy of an annotation on the aligned sentence of the other article, keeps the search index and
 * every view of that article's annotations current, and offers Undo.
 */
export function useCopyAnnotation() {
  const queryClient = useQueryClient();
  const show = useToastStore((s) => s.show);
  const refresh = async (articleId: string) => {
    await queryClient.invalidateQueries({ queryKey: compareKeys.annotations() });
    await queryClient.invalidateQueries({ queryKey: annotationKeys.article(articleId) });
    await queryClient.invalidateQueries({ queryKey: tagKeys.all });
  };
  return useMutation({
    meta: { errorShownInline: true },
    mutationFn: (input: CopyAnnotationInput) => addAnnotation(copyAnnotationTo(input)),
    onSuccess: async (copy) => {
      updateSearchIndex('upsertAnnotations', { annotations: [copy] });
      await refresh(copy.articleId);
      show({
        message: `Annotated “${copy.target.quote.exact.slice(0, 60)}” in the other article too.`,
        actionLabel: 'Undo',
        onAction: () => {
          void deleteAnnotation(copy.id).then(
            () => {
              updateSearchIndex('removeAnnotation', { id: copy.id });
              return refresh(copy.articleId);
            },
            (error: unknown) => show({ message: describeWriteError(error, 'Could not undo the copy') }),
          );
        },
      });
    },
  });
}

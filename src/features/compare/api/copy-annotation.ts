import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeRange } from '../../../core/anchor';
import type { Annotation, Span } from '../../../core/model';
import { addAnnotation } from '../../../db/annotation-repo';
import { compareKeys } from '../../../lib/query-keys';
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

/** Stores the copy of an annotation on the aligned sentence of the other article and refreshes the view. */
export function useCopyAnnotation() {
  const queryClient = useQueryClient();
  const show = useToastStore((s) => s.show);
  return useMutation({
    mutationFn: (input: CopyAnnotationInput) => addAnnotation(copyAnnotationTo(input)),
    onSuccess: async (copy) => {
      await queryClient.invalidateQueries({ queryKey: compareKeys.annotationsAll() });
      show({ message: `Annotated “${copy.target.quote.exact.slice(0, 60)}” in the other article too.` });
    },
  });
}

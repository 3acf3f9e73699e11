import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Annotation, Label } from '../../../core/model';
import { listAnnotationsByArticle } from '../../../db/annotation-repo';
import { listLabels } from '../../../db/tag-repo';
import { compareKeys } from '../../../lib/query-keys';

/** The annotations of both compared articles, with the labels to name them by. */
export type CompareAnnotations = Readonly<{
  a: readonly Annotation[];
  b: readonly Annotation[];
  labels: readonly Label[];
}>;

async function loadCompareAnnotations(a: string, b: string): Promise<CompareAnnotations> {
  const [na, nb, labels] = await Promise.all([
    listAnnotationsByArticle(a),
    listAnnotationsByArticle(b),
    listLabels(),
  ]);
  return { a: na, b: nb, labels };
}

/** Query options for both articles' annotations; read afresh whenever the compare view opens. */
export const compareAnnotationsQuery = (a: string, b: string) =>
  queryOptions({
    queryKey: compareKeys.annotations(a, b),
    queryFn: () => loadCompareAnnotations(a, b),
    gcTime: 0,
  });

/** The annotations on the two compared articles. */
export function useCompareAnnotations(a: string, b: string) {
  return useQuery(compareAnnotationsQuery(a, b));
}

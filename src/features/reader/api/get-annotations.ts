import { queryOptions, useQuery } from '@tanstack/react-query';
import { listAnnotationsByArticle } from '../../../db/annotation-repo';
import { annotationKeys } from '../../../lib/query-keys';

/** Query options for one article's annotations, in text order. */
export const annotationsQuery = (articleId: string) =>
  queryOptions({
    queryKey: annotationKeys.article(articleId),
    queryFn: () => listAnnotationsByArticle(articleId),
  });

/** The annotations of one article, in text order. */
export function useAnnotations(articleId: string) {
  return useQuery(annotationsQuery(articleId));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { getAnalysis } from '../../../db/analysis-repo';
import { analysisKeys } from '../../../lib/query-keys';

/** Query options for one article's stored analysis (null until the background queue has made it). */
export const analysisQuery = (articleId: string) =>
  queryOptions({ queryKey: analysisKeys.detail(articleId), queryFn: () => getAnalysis(articleId) });

/** The stored analysis of an article; refreshed when the background queue saves a new one. */
export function useAnalysis(articleId: string) {
  return useQuery(analysisQuery(articleId));
}

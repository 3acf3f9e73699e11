import { queryOptions, useQuery } from '@tanstack/react-query';
import { findMissingFacts } from '../../../core/outlets';
import { loadCompareSides } from '../../../queries/compare-sides';
import { outletKeys } from '../../../lib/query-keys';
import { callInOwnWorker } from '../../../workers/jobs-client';

/** A fact an outlet did not carry, as text, with the ids of the articles that did carry it. */
export type MissingFactText = Readonly<{ text: string; carriedBy: readonly string[] }>;

/** Builds the story's coverage matrix in a worker and keeps the facts none of `own` articles carries. */
async function loadMissingFacts(
  storyIds: readonly string[],
  own: readonly string[],
  signal: AbortSignal,
): Promise<MissingFactText[]> {
  const { articles, sides } = await loadCompareSides(storyIds);
  if (sides.length < 2) return [];
  const matrix = await callInOwnWorker('coverageMatrix', { sides }, { timeoutMs: 60_000, signal });
  const byId = new Map(articles.map((a) => [a.id, a]));
  return findMissingFacts(matrix, new Set(own)).map((f) => ({
    text: byId.get(f.articleId)!.text.slice(f.start, f.end),
    carriedBy: f.carriedBy,
  }));
}

/** Query options for the facts of a story an outlet's articles (`own`) did not carry. */
export const missingFactsQuery = (storyIds: readonly string[], own: readonly string[]) =>
  queryOptions({
    queryKey: [...outletKeys.all, 'missing', storyIds.join(','), own.join(',')] as const,
    queryFn: ({ signal }) => loadMissingFacts(storyIds, own, signal),
    gcTime: 0,
  });

/** The facts of one story an outlet did not carry; idle until `enabled` (it aligns every pair of articles). */
export function useMissingFacts(storyIds: readonly string[], own: readonly string[], enabled: boolean) {
  return useQuery({ ...missingFactsQuery(storyIds, own), enabled });
}

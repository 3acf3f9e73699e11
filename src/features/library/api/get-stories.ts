import { queryOptions, useQuery } from '@tanstack/react-query';
import { listGroupInputs } from '../../../db/story-repo';
import { compareKeys } from '../../../lib/query-keys';
import { getAnalysisClient } from '../../../workers/analysis-client';

/** Groups of two or more articles that cover the same story, found in the worker from texts, names and dates. */
export async function findStories(): Promise<string[][]> {
  const docs = await listGroupInputs();
  if (docs.length < 2) return [];
  const groups = await getAnalysisClient().call('groupRelated', { docs });
  return groups.filter((g) => g.length >= 2);
}

/** Query options for the library's stories (refreshed with the article list on import and delete). */
export const storiesQuery = () => queryOptions({ queryKey: compareKeys.stories(), queryFn: findStories });

/** The library's stories; idle until the analyst opens the stories panel, since it reads every text. */
export function useStories(enabled: boolean) {
  return useQuery({ ...storiesQuery(), enabled });
}

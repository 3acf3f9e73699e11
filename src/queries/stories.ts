import { queryOptions } from '@tanstack/react-query';
import type { Story } from '../core/compare';
import { listGroupInputs } from '../db/story-repo';
import { compareKeys } from '../lib/query-keys';
import { getJobsClient } from '../workers/jobs-client';

/**
 * Groups of two or more articles that cover the same event, found in the worker from texts, names and dates,
 * each with where its articles came from (the share copied from an earlier one).
 */
export async function listStories(): Promise<Story[]> {
  const docs = await listGroupInputs();
  if (docs.length < 2) return [];
  return getJobsClient().call('findStories', { docs });
}

/** Query options for the library's stories (refreshed with the article list on import and delete). */
export const storiesQuery = () => queryOptions({ queryKey: compareKeys.stories(), queryFn: listStories });

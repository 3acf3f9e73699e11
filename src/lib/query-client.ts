import { QueryClient } from '@tanstack/react-query';

/** The app's query client: IndexedDB is local and fast, so reads never go stale by time, only by invalidation. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: 5 * 60_000, retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

import { MutationCache, QueryClient } from '@tanstack/react-query';
import { describeWriteError } from './storage/storage-full';

declare module '@tanstack/react-query' {
  interface Register {
    /** `errorShownInline`: the view shows this mutation's error itself, so no toast repeats it. */
    mutationMeta: { errorShownInline?: boolean };
  }
}

/**
 * The app's query client: IndexedDB is local and fast, so reads never go stale by time, only by invalidation.
 * A failed write that its view does not report itself is told to `showWriteError` (the app shows a toast; on a
 * full disk, the storage-full sentence), so no edit fails silently.
 */
export function createQueryClient(showWriteError: (message: string) => void): QueryClient {
  return new QueryClient({
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => {
        if (mutation.meta?.errorShownInline) return;
        showWriteError(describeWriteError(error, 'Could not save'));
      },
    }),
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: 5 * 60_000, retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

import type { QueryClient, QueryKey } from '@tanstack/react-query';

type Message = Readonly<{ invalidate: QueryKey }>;

/**
 * Mirrors this tab's query invalidations to the workbench's other tabs, so an edit in one shows in the others
 * without a reload. Every write in the app ends in an invalidation of the queries it changed, so listening to
 * the query cache catches them all without hooking each write. Returns the unsubscribe function.
 */
export function syncQueriesAcrossTabs(
  queryClient: QueryClient,
  channelName = 'coverage-workbench',
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(channelName);
  let applyingRemote = false;
  const pending = new Map<string, QueryKey>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    timer = null;
    for (const key of pending.values()) channel.postMessage({ invalidate: key } satisfies Message);
    pending.clear();
  };

  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    if (applyingRemote || event.type !== 'updated' || event.action.type !== 'invalidate') return;
    pending.set(JSON.stringify(event.query.queryKey), event.query.queryKey);
    // Batch the burst of invalidations one write causes into one message per key.
    timer ??= setTimeout(flush, 50);
  });

  channel.onmessage = (event: MessageEvent<Message>) => {
    // The cache reports the invalidation while invalidateQueries runs, before its refetch: the flag covers
    // only that, so this tab's own invalidations during a slow refetch still go out.
    applyingRemote = true;
    try {
      void queryClient
        .invalidateQueries({ queryKey: event.data.invalidate, exact: true })
        .catch((error: unknown) => console.warn('A change made in another tab could not be shown', error));
    } finally {
      applyingRemote = false;
    }
  };

  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    channel.close();
  };
}

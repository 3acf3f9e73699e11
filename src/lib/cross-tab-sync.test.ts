import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { syncQueriesAcrossTabs } from './cross-tab-sync';

const stops: (() => void)[] = [];
afterEach(() => {
  while (stops.length) stops.pop()!();
});

/** A tab: a query client synced with the others on `channel`. */
function tab(channel: string) {
  const client = new QueryClient();
  stops.push(syncQueriesAcrossTabs(client, channel), () => client.clear());
  return client;
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('syncQueriesAcrossTabs', () => {
  it("sends a tab's own edit while it is still refetching what another tab changed", async () => {
    const channel = `sync-test-${Math.random()}`;
    const a = tab(channel);
    const b = tab(channel);
    // Tab B shows the article list, whose refetch is slow (a large library).
    let release = () => {};
    let listReads = 0;
    const list = new QueryObserver(b, {
      queryKey: ['articles', 'list'],
      queryFn: () =>
        ++listReads === 1 ? 'first' : new Promise<string>((resolve) => (release = () => resolve('second'))),
    });
    stops.push(list.subscribe(() => {}));
    await tick(20);
    // Tab A shows the list too, and the annotations of one article.
    await a.prefetchQuery({ queryKey: ['articles', 'list'], queryFn: () => 'first' });
    await a.prefetchQuery({ queryKey: ['annotations', 'x'], queryFn: () => 'old notes' });
    await b.prefetchQuery({ queryKey: ['annotations', 'x'], queryFn: () => 'old notes' });
    const notesInA = a.getQueryCache().find({ queryKey: ['annotations', 'x'] })!;

    // A tags articles: B re-reads its list (slowly); meanwhile B's analyst edits a note on article x.
    await a.invalidateQueries({ queryKey: ['articles', 'list'], exact: true, refetchType: 'none' });
    await tick(120);
    expect(listReads).toBe(2);
    await b.invalidateQueries({ queryKey: ['annotations', 'x'], exact: true, refetchType: 'none' });
    await tick(120);
    release();

    expect(notesInA.state.isInvalidated).toBe(true);
  });

  it('does not echo back what another tab sent', async () => {
    const channel = `sync-test-${Math.random()}`;
    const a = tab(channel);
    const b = tab(channel);
    await a.prefetchQuery({ queryKey: ['tags'], queryFn: () => 1 });
    await b.prefetchQuery({ queryKey: ['tags'], queryFn: () => 1 });
    let invalidatedInA = 0;
    stops.push(
      a.getQueryCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'invalidate') invalidatedInA++;
      }),
    );
    await a.invalidateQueries({ queryKey: ['tags'], exact: true, refetchType: 'none' });
    await tick(200);
    // Once by A itself; B applied it without sending it back.
    expect(invalidatedInA).toBe(1);
    expect(b.getQueryCache().find({ queryKey: ['tags'] })!.state.isInvalidated).toBe(true);
  });
});

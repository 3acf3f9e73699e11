import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { articleKeys, compareKeys } from '../lib/query-keys';
import { invalidateArticleTags } from './articles';

describe('invalidateArticleTags', () => {
  const seeded = () => {
    const client = new QueryClient();
    for (const key of [
      articleKeys.list(),
      articleKeys.firstScreen(),
      compareKeys.stories(),
      articleKeys.detail('a'),
      articleKeys.detail('b'),
    ])
      client.setQueryData(key, 'read');
    return client;
  };
  const invalidated = (client: QueryClient) =>
    client
      .getQueryCache()
      .getAll()
      .filter((q) => q.state.isInvalidated)
      .map((q) => q.queryKey.join('/'))
      .sort();

  it('re-reads the lists and the articles tagged, never the story groups', async () => {
    const client = seeded();
    await invalidateArticleTags(client, ['a']);
    expect(invalidated(client)).toEqual(['articles/detail/a', 'articles/firstScreen', 'articles/list']);
  });

  it('re-reads every article when any may have changed (a tag merged or deleted)', async () => {
    const client = seeded();
    await invalidateArticleTags(client);
    expect(invalidated(client)).toEqual([
      'articles/detail/a',
      'articles/detail/b',
      'articles/firstScreen',
      'articles/list',
    ]);
  });
});

import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { analysisKeys, articleKeys, compareKeys, entityKeys, tagKeys } from './query-keys';

/** Caches data under each key, invalidates `changed`, and returns the keys whose data went stale. */
async function staleAfter(keys: readonly QueryKey[], changed: QueryKey): Promise<QueryKey[]> {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, 'cached');
  await client.invalidateQueries({ queryKey: changed, refetchType: 'none' });
  return keys.filter((key) => client.getQueryState(key)?.isInvalidated);
}

describe('query keys', () => {
  it('refresh every query of a family, and only that family, through its root', async () => {
    const keys = [
      entityKeys.index(),
      entityKeys.mentions('person', 'Ada Byron'),
      entityKeys.speakers(['s1', 's2']),
      entityKeys.speakers(null),
      tagKeys.list(),
    ];
    expect(await staleAfter(keys, entityKeys.all)).toEqual(keys.slice(0, 4));
  });

  it("refresh an article's reader findings when its analysis is saved, not another article's", async () => {
    const keys = [analysisKeys.reader('a1'), analysisKeys.reader('a2'), analysisKeys.library()];
    expect(await staleAfter(keys, analysisKeys.detail('a1'))).toEqual([analysisKeys.reader('a1')]);
  });

  it("refresh every pair's annotations at once, and story groups with the article list", async () => {
    const pairs = [compareKeys.annotations('a', 'b'), compareKeys.annotations('c', 'd')];
    const keys = [...pairs, compareKeys.pair('a', 'b')];
    expect(await staleAfter(keys, compareKeys.annotations())).toEqual(pairs);
    expect(await staleAfter([compareKeys.stories()], articleKeys.list())).toEqual([compareKeys.stories()]);
  });

  it('keep keys with different arguments apart', () => {
    expect(compareKeys.sides(['a', 'b'])).not.toEqual(compareKeys.sides(['a']));
    expect(articleKeys.detail('x')).not.toEqual(articleKeys.detail('y'));
  });
});

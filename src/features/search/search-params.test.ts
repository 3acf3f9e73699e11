import { describe, expect, it } from 'vitest';
import type { FilterFacts } from '../../db/search-repo';
import { matchesFilters, readSearchParams } from './search-params';

const facts: FilterFacts = {
  meta: {
    id: 'a',
    contentHash: 'h',
    title: 'T',
    source: 'Valley Post',
    date: '2024-06-02',
    url: null,
    format: 'txt',
    fileName: null,
    importedAt: 1,
    tags: ['tag-dams'],
    wordCount: 10,
  },
  labels: new Set(['label-disputed']),
  noteTags: new Set(['tag-safety']),
  entities: new Set(['petra lindqvist']),
};

const search = (query: string) => readSearchParams(new URLSearchParams(query));

describe('search filters', () => {
  it('combine: every filter that is set must hold', () => {
    expect(matchesFilters(facts, search('tag=tag-dams&label=label-disputed&source=valley post'))).toBe(true);
    expect(matchesFilters(facts, search('tag=tag-dams&label=label-key-fact'))).toBe(false);
    expect(matchesFilters(facts, search('tag=tag-safety&entity=Petra Lindqvist'))).toBe(true);
    expect(matchesFilters(facts, search('entity=United States'))).toBe(false);
  });

  it('keeps dates inside the range, both ends included, and drops undated articles', () => {
    expect(matchesFilters(facts, search('from=2024-06-02&to=2024-06-02'))).toBe(true);
    expect(matchesFilters(facts, search('from=2024-06-03'))).toBe(false);
    expect(matchesFilters({ ...facts, meta: { ...facts.meta, date: null } }, search('to=2030-01-01'))).toBe(
      false,
    );
  });
});

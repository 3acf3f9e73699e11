import { describe, expect, it } from 'vitest';
import { buildOutletNamer } from '../../core/outlets';
import type { FilterFacts } from '../../db/search-repo';
import { matchesFilters as matchesWith, readSearchParams, type SearchParams } from './search-params';

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
const noRecords = buildOutletNamer([]);
const matchesFilters = (f: FilterFacts, p: SearchParams) => matchesWith(f, p, noRecords);

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

  it('finds an outlet by any spelling, by the name the analyst gave it, and with the outlets merged into it', () => {
    const from = (source: string) => ({ ...facts, meta: { ...facts.meta, source } });
    expect(matchesFilters(from('@valleypost'), search('source=Valley Post'))).toBe(true);
    expect(matchesFilters(from('valleypost.com'), search('source=VALLEY POST'))).toBe(true);
    expect(matchesFilters(from('Valley Post Weekly'), search('source=Valley Post'))).toBe(false);
    const outlets = buildOutletNamer([
      { key: 'rivergazette', name: null, mergedInto: 'valleypost', updatedAt: 1 },
      { key: 'valleypost', name: 'Valley Media', mergedInto: null, updatedAt: 1 },
    ]);
    for (const wanted of ['Valley Media', 'valley post'])
      expect(matchesWith(from('River Gazette'), search(`source=${wanted}`), outlets)).toBe(true);
    // Merged, they are one outlet: its former name finds it whole.
    expect(matchesWith(from('Valley Post'), search('source=River Gazette'), outlets)).toBe(true);
    expect(matchesWith(from('Hill Ledger'), search('source=Valley Media'), outlets)).toBe(false);
    expect(
      matchesWith({ ...facts, meta: { ...facts.meta, source: null } }, search('source=x'), outlets),
    ).toBe(false);
  });
});

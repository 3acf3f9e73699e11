import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParamSetter } from '../../../lib/use-search-param-setter';
import { labelsQuery } from '../../../queries/labels';
import { tagsQuery } from '../../../queries/tags';
import { RecordSelect, type SelectItem } from '../../../ui/record-select';
import { useSearch, useSearchIndexProgress } from '../api/search-articles';
import { FILTER_NAMES, readSearchParams } from '../search-params';
import '../search.css';
import { ResultList } from './result-list';
import { counted } from '../../../lib/counted';

/** Whether a filter's value is no id of the records read (false until they are read). */
const unknown = (value: string, records: readonly SelectItem[] | undefined) =>
  value !== '' && records !== undefined && !records.some((r) => r.id === value);

const byName = (value: string, records: readonly SelectItem[]) =>
  records.find((r) => r.name.toLowerCase() === value.trim().toLowerCase());

/** The search page (`/search`): full-text query plus filters, all held in the URL so a search can be bookmarked. */
export function SearchPage() {
  const { params: urlParams, set: setFilter, setAll: setUrlParams } = useSearchParamSetter();
  const params = readSearchParams(urlParams);
  const results = useSearch(params);
  const progress = useSearchIndexProgress();
  const indexing = progress && progress.indexed < progress.total;
  const tagsRead = useQuery(tagsQuery()).data;
  const labelsRead = useQuery(labelsQuery()).data;
  const tags = tagsRead ?? [];
  const labels = labelsRead ?? [];

  // A link written by hand or shared names its tag or label ("tag=Fire"); the filters hold ids: a name is
  // swapped for its record's id, and one that names nothing is said so rather than finding nothing silently.
  useEffect(() => {
    const next = new URLSearchParams(urlParams);
    let renamed = false;
    for (const [name, records] of [
      ['tag', tagsRead],
      ['label', labelsRead],
    ] as const) {
      const value = urlParams.get(name) ?? '';
      const named = unknown(value, records) ? byName(value, records!) : undefined;
      if (named) {
        next.set(name, named.id);
        renamed = true;
      }
    }
    if (renamed) setUrlParams(next, { replace: true });
  }, [urlParams, setUrlParams, tagsRead, labelsRead]);
  const unmatched = [
    unknown(params.tag, tagsRead) && !byName(params.tag, tags) && `No tag is named “${params.tag}”.`,
    unknown(params.label, labelsRead) &&
      !byName(params.label, labels) &&
      `No label is named “${params.label}”.`,
  ].filter((m): m is string => typeof m === 'string');

  useEffect(() => {
    document.title = `Search${params.q ? `: ${params.q}` : ''} · Coverage Workbench`;
  }, [params.q]);

  const list = results.data ?? [];
  return (
    <main className="page search-page" aria-labelledby="search-title">
      <h1 id="search-title">{params.q ? `Search: “${params.q}”` : 'Search'}</h1>
      <form className="search-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <RecordSelect label="Tag" value={params.tag} items={tags} onChange={(id) => setFilter('tag', id)} />
        <RecordSelect
          label="Label"
          value={params.label}
          items={labels}
          onChange={(id) => setFilter('label', id)}
        />
        {(['entity', 'source'] as const).map((name) => (
          <label key={name}>
            {name === 'entity' ? 'Entity' : 'Source'}{' '}
            <input
              key={params[name]}
              defaultValue={params[name]}
              onBlur={(e) => setFilter(name, e.target.value.trim())}
              onKeyDown={(e) => {
                if (e.key === 'Enter') setFilter(name, e.currentTarget.value.trim());
              }}
            />
          </label>
        ))}
        <label>
          From <input type="date" value={params.from} onChange={(e) => setFilter('from', e.target.value)} />
        </label>
        <label>
          To <input type="date" value={params.to} onChange={(e) => setFilter('to', e.target.value)} />
        </label>
        {FILTER_NAMES.some((n) => params[n]) && (
          <button
            type="button"
            className="button button-small"
            onClick={() => setUrlParams(new URLSearchParams(params.q ? { q: params.q } : {}))}
          >
            Clear filters
          </button>
        )}
      </form>
      {unmatched.length > 0 && (
        <p role="alert">{unmatched.join(' ')} Pick one from the list above, or clear the filters.</p>
      )}
      {results.isPending ? (
        <p aria-busy="true">
          {indexing
            ? `Indexing ${progress.indexed.toLocaleString('en')} of ${progress.total.toLocaleString('en')}…`
            : 'Searching…'}
        </p>
      ) : results.isError ? (
        <p role="alert">Search failed: {String(results.error)}</p>
      ) : (
        <>
          <p role="status">{counted(list.length, 'article')}</p>
          <ResultList results={list} query={params.q} />
        </>
      )}
    </main>
  );
}

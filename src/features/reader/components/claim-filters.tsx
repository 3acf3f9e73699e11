import type { ClaimLevel, HedgeFilter, SourceFilter } from '../claim-filter';
import { useReaderStore } from '../store';

const LEVELS: ReadonlyArray<readonly [ClaimLevel, string]> = [
  ['all', 'All statements'],
  ['likely', 'Likely checkable'],
  ['strong', 'Only strong'],
];
const SOURCES: ReadonlyArray<readonly [SourceFilter, string]> = [
  ['any', 'Any source'],
  ['named', 'Named (person, organisation, outlet)'],
  ['official', 'Official'],
  ['anonymous', 'Anonymous'],
  ['none', 'No source'],
];
const HEDGES: ReadonlyArray<readonly [HedgeFilter, string]> = [
  ['any', 'Hedged or not'],
  ['hedged', 'Hedged'],
  ['unhedged', 'Not hedged'],
];

/** Which claims the reader marks: how check-worthy, from which kind of source, hedged or not. */
export function ClaimFilters({ shown, total }: { shown: number; total: number }) {
  const { claimFilter, setClaimFilter } = useReaderStore();
  return (
    <fieldset className="claim-filters">
      <legend>
        Claims{' '}
        <span className="muted">
          ({shown} of {total} statements shown)
        </span>
      </legend>
      <label>
        Strength{' '}
        <select
          value={claimFilter.level}
          onChange={(e) => setClaimFilter({ level: e.target.value as ClaimLevel })}
        >
          {LEVELS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Source{' '}
        <select
          value={claimFilter.source}
          onChange={(e) => setClaimFilter({ source: e.target.value as SourceFilter })}
        >
          {SOURCES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Hedging{' '}
        <select
          value={claimFilter.hedge}
          onChange={(e) => setClaimFilter({ hedge: e.target.value as HedgeFilter })}
        >
          {HEDGES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

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

/** One labelled drop-down of the claim filters. */
function FilterSelect<T extends string>(props: {
  label: string;
  value: T;
  options: ReadonlyArray<readonly [T, string]>;
  onChange: (value: T) => void;
}) {
  return (
    <label>
      {props.label}{' '}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

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
      <FilterSelect
        label="Strength"
        value={claimFilter.level}
        options={LEVELS}
        onChange={(level) => setClaimFilter({ level })}
      />
      <FilterSelect
        label="Source"
        value={claimFilter.source}
        options={SOURCES}
        onChange={(source) => setClaimFilter({ source })}
      />
      <FilterSelect
        label="Hedging"
        value={claimFilter.hedge}
        options={HEDGES}
        onChange={(hedge) => setClaimFilter({ hedge })}
      />
    </fieldset>
  );
}

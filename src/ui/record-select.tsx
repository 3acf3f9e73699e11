/** One choice of a `RecordSelect`: a record's id and the name shown for it. */
export type SelectItem = Readonly<{ id: string; name: string }>;

/**
 * A labelled drop-down over named records (tags, labels, outlets) with an empty choice first, "Any" unless
 * `empty` says otherwise: `value` is a record's id, or '' for the empty choice, and so is what `onChange` gets.
 */
export function RecordSelect({
  label,
  value,
  items,
  onChange,
  empty = 'Any',
  autoFocus,
}: {
  label: string;
  value: string;
  items: readonly SelectItem[];
  onChange: (id: string) => void;
  empty?: string;
  autoFocus?: boolean;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)} autoFocus={autoFocus}>
        <option value="">{empty}</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.name}
          </option>
        ))}
      </select>
    </label>
  );
}

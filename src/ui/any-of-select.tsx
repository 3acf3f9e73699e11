/**
 * A labelled drop-down over named records (tags, labels) with "Any" first: `value` is a record's id, or ''
 * for any, and so is what `onChange` gets.
 */
export function AnyOfSelect({
  label,
  value,
  items,
  onChange,
}: {
  label: string;
  value: string;
  items: readonly Readonly<{ id: string; name: string }>[];
  onChange: (id: string) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.name}
          </option>
        ))}
      </select>
    </label>
  );
}

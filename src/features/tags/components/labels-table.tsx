import { useState } from 'react';
import type { Label } from '../../../core/model';
import { toCssColor } from '../../../core/model';
import { counted } from '../../../lib/counted';
import { describeWriteError } from '../../../lib/storage/storage-full';
import { useChangeLabel } from '../api/change-label';

const SWATCH = { display: 'inline-block', width: '1.2em', height: '1.2em', borderRadius: 3 } as const;

// Built-in labels keep their name and colour (exports and other tools know them by those): shown, not edited.
function LabelRow({
  label,
  annotations,
  others,
}: {
  label: Label;
  annotations: number;
  others: readonly Label[];
}) {
  const change = useChangeLabel();
  const [name, setName] = useState(label.name);
  const [into, setInto] = useState('');
  const uses = counted(annotations, 'annotation');
  if (label.builtIn)
    return (
      <tr>
        <td>
          {label.name} <span className="muted">(built in)</span>
        </td>
        <td>
          <span style={{ ...SWATCH, background: toCssColor(label.color) }} aria-hidden="true" />
        </td>
        <td>{uses}</td>
        <td />
        <td />
      </tr>
    );
  return (
    <tr>
      <td>
        <input
          aria-label={`Name of label ${label.name}`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => name.trim() !== label.name && change.mutate({ kind: 'update', id: label.id, name })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
          }}
        />
        {change.isError && (
          <span role="alert"> {describeWriteError(change.error, 'Could not change the label')}</span>
        )}
      </td>
      <td>
        <input
          type="color"
          aria-label={`Colour of label ${label.name}`}
          value={toCssColor(label.color)}
          onChange={(e) => change.mutate({ kind: 'update', id: label.id, color: e.target.value })}
        />
      </td>
      <td>{uses}</td>
      <td>
        <select
          aria-label={`Merge ${label.name} into`}
          value={into}
          onChange={(e) => setInto(e.target.value)}
        >
          <option value="">Merge into…</option>
          {others.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>{' '}
        <button
          type="button"
          className="button button-small"
          disabled={!into}
          onClick={() => change.mutate({ kind: 'merge', id: label.id, into })}
        >
          Merge
        </button>
      </td>
      <td>
        <button
          type="button"
          className="button button-small button-danger"
          onClick={() => {
            if (window.confirm(`Delete label “${label.name}”? ${uses} keep their notes without it.`))
              change.mutate({ kind: 'delete', id: label.id });
          }}
        >
          Delete
        </button>
      </td>
    </tr>
  );
}

/** The annotation labels with their use counts: the analyst's own renamed, recoloured, merged or deleted. */
export function LabelsTable({
  labels,
}: {
  labels: readonly Readonly<{ label: Label; annotations: number }>[];
}) {
  return (
    <table className="tags-table" aria-label="Labels">
      <thead>
        <tr>
          <th>Name</th>
          <th>Colour</th>
          <th>Used on</th>
          <th>Merge</th>
          <th>Delete</th>
        </tr>
      </thead>
      <tbody>
        {labels.map(({ label, annotations }) => (
          <LabelRow
            key={`${label.id}:${label.name}`}
            label={label}
            annotations={annotations}
            others={labels.map((l) => l.label).filter((l) => l.id !== label.id)}
          />
        ))}
      </tbody>
    </table>
  );
}

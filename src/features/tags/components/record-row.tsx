import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { toCssColor } from '../../../core/model';
import { describeWriteError } from '../../../lib/storage/storage-full';
import type { RecordChange } from '../api/record-change';

type Named = Readonly<{ id: string; name: string; color: string }>;

/**
 * One tag or label of the manager: its name and colour to edit, how often it is used, a merge into another
 * and a delete (confirmed first, saying what it takes off).
 */
export function RecordRow({
  kind,
  record,
  uses,
  others,
  change,
}: {
  kind: 'tag' | 'label';
  record: Named;
  uses: string;
  others: readonly Named[];
  change: UseMutationResult<void, Error, RecordChange>;
}) {
  const [name, setName] = useState(record.name);
  const [into, setInto] = useState('');
  return (
    <tr>
      <td>
        <input
          aria-label={`Name of ${kind} ${record.name}`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => name.trim() !== record.name && change.mutate({ kind: 'update', id: record.id, name })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
          }}
        />
        {change.isError && (
          <span role="alert"> {describeWriteError(change.error, `Could not change the ${kind}`)}</span>
        )}
      </td>
      <td>
        <input
          type="color"
          aria-label={`Colour of ${kind} ${record.name}`}
          value={toCssColor(record.color)}
          onChange={(e) => change.mutate({ kind: 'update', id: record.id, color: e.target.value })}
        />
      </td>
      <td>{uses}</td>
      <td>
        <select
          aria-label={`Merge ${record.name} into`}
          value={into}
          onChange={(e) => setInto(e.target.value)}
        >
          <option value="">Merge into…</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>{' '}
        <button
          type="button"
          className="button button-small"
          disabled={!into}
          onClick={() => change.mutate({ kind: 'merge', id: record.id, into })}
        >
          Merge
        </button>
      </td>
      <td>
        <button
          type="button"
          className="button button-small button-danger"
          onClick={() => {
            if (window.confirm(`Delete ${kind} “${record.name}”? It is used on ${uses}.`))
              change.mutate({ kind: 'delete', id: record.id });
          }}
        >
          Delete
        </button>
      </td>
    </tr>
  );
}

/** The manager's table of tags or labels: one RecordRow (or a built-in label's row) per record. */
export function RecordTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <table className="tags-table" aria-label={label}>
      <thead>
        <tr>
          <th>Name</th>
          <th>Colour</th>
          <th>Used on</th>
          <th>Merge</th>
          <th>Delete</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

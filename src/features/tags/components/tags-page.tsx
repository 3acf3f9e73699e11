import { useEffect, useState } from 'react';
import type { Tag } from '../../../core/model';
import { toCssColor } from '../../../core/model';
import { describeWriteError } from '../../../lib/storage/storage-full';
import { useChangeTag } from '../api/change-tag';
import { useTagUses } from '../api/get-tag-uses';
import { LabelsTable } from './labels-table';
import { counted } from '../../../lib/counted';

function TagRow({ tag, uses, others }: { tag: Tag; uses: string; others: readonly Tag[] }) {
  const change = useChangeTag();
  const [name, setName] = useState(tag.name);
  const [into, setInto] = useState('');
  return (
    <tr>
      <td>
        <input
          aria-label={`Name of tag ${tag.name}`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => name.trim() !== tag.name && change.mutate({ kind: 'update', id: tag.id, name })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
          }}
        />
        {change.isError && (
          <span role="alert"> {describeWriteError(change.error, 'Could not change the tag')}</span>
        )}
      </td>
      <td>
        <input
          type="color"
          aria-label={`Colour of tag ${tag.name}`}
          value={toCssColor(tag.color)}
          onChange={(e) => change.mutate({ kind: 'update', id: tag.id, color: e.target.value })}
        />
      </td>
      <td>{uses}</td>
      <td>
        <select aria-label={`Merge ${tag.name} into`} value={into} onChange={(e) => setInto(e.target.value)}>
          <option value="">Merge into…</option>
          {others.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>{' '}
        <button
          type="button"
          className="button button-small"
          disabled={!into}
          onClick={() => change.mutate({ kind: 'merge', id: tag.id, into })}
        >
          Merge
        </button>
      </td>
      <td>
        <button
          type="button"
          className="button button-small button-danger"
          onClick={() => {
            if (window.confirm(`Delete tag “${tag.name}”? It is used ${uses}.`))
              change.mutate({ kind: 'delete', id: tag.id });
          }}
        >
          Delete
        </button>
      </td>
    </tr>
  );
}

/**
 * The tag and label manager (`/tags`): rename, recolour, merge and delete tags and the analyst's own
 * annotation labels, each with how often it is used.
 */
export function TagsPage() {
  const { data: uses, isPending } = useTagUses();
  const data = uses?.tags ?? [];
  useEffect(() => {
    document.title = 'Tags · Coverage Workbench';
  }, []);
  return (
    <main className="page" aria-labelledby="tags-title">
      <h1 id="tags-title">Tags</h1>
      {!isPending && data.length === 0 && <p>No tags yet: add them in the reader or the library.</p>}
      {data.length > 0 && (
        <table className="tags-table" aria-label="Tags">
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
            {data.map(({ tag, uses }) => (
              <TagRow
                key={`${tag.id}:${tag.name}`}
                tag={tag}
                uses={`${counted(uses.articles, 'article')}, ${counted(uses.annotations, 'annotation')}`}
                others={data.map((d) => d.tag).filter((t) => t.id !== tag.id)}
              />
            ))}
          </tbody>
        </table>
      )}
      <h2 id="labels-title">Labels</h2>
      {uses && <LabelsTable labels={uses.labels} />}
    </main>
  );
}

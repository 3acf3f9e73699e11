import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { ENTITY_TYPES, type EntityType } from '../../../core/model';
import { ENTITY_TYPE_NAMES } from '../../../ui/entity-type-names';
import { entityPath } from '../entity-names';
import { useEntityIndex } from '../api/get-entity-index';
import '../entities.css';
import { useEntitiesStore } from '../store';
import { counted } from '../../../lib/counted';

/**
 * `/entities`: every entity in the library (linked across articles) with its type, the other names articles
 * give it, mentions and articles; filterable by any of its names.
 */
export function EntitiesPage() {
  const index = useEntityIndex();
  const { type, filter, setType, setFilter } = useEntitiesStore();
  const rows = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return (index.data ?? []).filter(
      (e) =>
        (type === 'ALL' || e.type === type) &&
        (!needle ||
          [e.label, ...e.aliases, ...e.spellings].some((name) => name.toLowerCase().includes(needle))),
    );
  }, [index.data, type, filter]);

  useEffect(() => {
    document.title = 'Entities · Coverage Workbench';
  }, []);

  return (
    <main className="page entities-page" aria-labelledby="entities-title">
      <div className="page-toolbar">
        <h1 id="entities-title">Entities</h1>
        <span className="muted">{rows.length.toLocaleString()} shown</span>
      </div>
      <div className="entities-filters">
        <label>
          Type{' '}
          <select value={type} onChange={(e) => setType(e.target.value as EntityType | 'ALL')}>
            <option value="ALL">All types</option>
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {ENTITY_TYPE_NAMES[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Filter{' '}
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            placeholder="Name…"
          />
        </label>
      </div>
      {index.isError && <p role="alert">Could not read the entities: {String(index.error)}</p>}
      {index.isSuccess && index.data.length === 0 && (
        <p className="empty-state">
          No entities yet: import articles and they are analysed in the background.
        </p>
      )}
      {rows.length > 0 && (
        <table className="entities-table" aria-label="Entities in the library">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Mentions</th>
              <th scope="col">Articles</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, 2000).map((e) => (
              <tr key={`${e.type}:${e.canonical}`}>
                <td>
                  <Link to={entityPath(e.type, e.canonical)}>{e.label}</Link>
                  {e.aliases.length > 1 && (
                    <span className="muted entity-aliases">
                      {' '}
                      also {e.aliases.filter((name) => name !== e.label).join(', ')}
                    </span>
                  )}
                </td>
                <td>{ENTITY_TYPE_NAMES[e.type]}</td>
                <td>{e.mentions}</td>
                <td>
                  <Link to={`/?entity=${encodeURIComponent(e.canonical)}`}>
                    {counted(e.articleIds.length, 'article')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length > 2000 && <p className="muted">Showing the 2,000 most mentioned; filter to see others.</p>}
    </main>
  );
}

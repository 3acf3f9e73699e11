import { Link } from 'react-router';
import type { ArticleMeta } from '../../../core/model';

/** Undated articles listed at most this many at a time (the rest are a library search away). */
const SHOWN = 100;

/** The articles without a date, apart from the axis: "N without a date", listed on demand. */
export function UndatedArticles({
  ids,
  byId,
}: {
  ids: readonly string[];
  byId: ReadonlyMap<string, ArticleMeta>;
}) {
  return (
    <details className="timeline-undated">
      <summary>{ids.length.toLocaleString()} without a date</summary>
      <ul aria-label="Articles without a date">
        {ids.slice(0, SHOWN).map((id) => (
          <li key={id}>
            <Link to={`/articles/${encodeURIComponent(id)}`}>{byId.get(id)?.title ?? id}</Link>
          </li>
        ))}
      </ul>
      {ids.length > SHOWN && <p className="muted">…and {(ids.length - SHOWN).toLocaleString()} more.</p>}
    </details>
  );
}

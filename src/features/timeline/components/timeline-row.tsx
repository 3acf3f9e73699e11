import { useState } from 'react';
import { Link } from 'react-router';
import type { ArticleMeta } from '../../../core/model';
import type { DatedStory, TimelineRow as Row } from '../../../core/timeline';
import { describeStep } from '../step-label';
import { counted } from '../../../lib/counted';

/** A step with more articles than this shows a bar to zoom into instead of its articles. */
const LIST_MAX = 8;
/** A day lists this many articles at first (a day cannot be zoomed into); the rest on demand. */
const DAY_FIRST = 50;

type Props = Readonly<{
  row: Row;
  /** The largest step's article count: bars are drawn against it. */
  max: number;
  byId: ReadonlyMap<string, ArticleMeta>;
  outletOf: (article: ArticleMeta) => string | null;
  stories: readonly DatedStory[];
  onZoom: (key: string) => void;
}>;

/** One step of the axis: its label (zooms in), its articles as links in date order or a bar, its stories. */
export function TimelineRow({ row, max, byId, outletOf, stories, onZoom }: Props) {
  const [all, setAll] = useState(false);
  const isDay = row.key.length === 10;
  const label = describeStep(row.key);
  const n = row.ids.length;
  const listed = isDay ? (all ? row.ids : row.ids.slice(0, DAY_FIRST)) : n <= LIST_MAX ? row.ids : [];
  return (
    <li className={`timeline-row${n === 0 ? ' timeline-row-empty' : ''}`} data-step={row.key}>
      <div className="timeline-label">
        {isDay || n === 0 ? (
          <span>{label}</span>
        ) : (
          <button
            type="button"
            className="link-button"
            onClick={() => onZoom(row.key)}
            aria-label={`Zoom in to ${label} (${counted(n, 'article')})`}
          >
            {label}
          </button>
        )}
      </div>
      <div className="timeline-items">
        {listed.length === 0 && n > 0 && (
          <button
            type="button"
            className="timeline-bar"
            style={{ width: `${Math.max(8, (n / max) * 100)}%` }}
            onClick={() => onZoom(row.key)}
            aria-label={`${n.toLocaleString()} articles in ${label}: zoom in`}
          >
            {n.toLocaleString()} articles
          </button>
        )}
        {listed.length > 0 && (
          <ul className="timeline-articles" aria-label={`Articles of ${label}`}>
            {listed.map((id) => {
              const a = byId.get(id)!;
              const outlet = outletOf(a);
              return (
                <li key={id}>
                  <Link
                    to={`/articles/${encodeURIComponent(id)}`}
                    className="timeline-article"
                    title={a.date ?? ''}
                  >
                    {a.title}
                    {outlet !== null && <span className="muted"> · {outlet}</span>}
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
        {isDay && !all && n > DAY_FIRST && (
          <button type="button" className="button button-small" onClick={() => setAll(true)}>
            Show {n - DAY_FIRST} more
          </button>
        )}
        {stories.length > 0 && (
          <ul className="timeline-stories" aria-label={`Stories starting in ${label}`}>
            {stories.map((s) => (
              <li key={s.ids.join(',')}>
                <Link to={`/compare?ids=${s.ids.map(encodeURIComponent).join(',')}`}>
                  Story: {byId.get(s.ids[0]!)?.title ?? 'Untitled'} ({s.ids.length} versions
                  {s.last !== s.first ? `, to ${s.last}` : ''})
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

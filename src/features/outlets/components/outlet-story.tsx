import { useState } from 'react';
import { Link } from 'react-router';
import type { ArticleMeta } from '../../../core/model';
import { useMissingFacts } from '../api/get-missing-facts';

type Props = Readonly<{
  outletName: string;
  storyIds: readonly string[];
  /** The outlet's own articles in the story. */
  own: readonly string[];
  byId: ReadonlyMap<string, ArticleMeta>;
  outletOf: (articleId: string) => string;
}>;

/** One story an outlet covers, with the facts it did not carry on demand (the matrix aligns every pair). */
export function OutletStory({ outletName, storyIds, own, byId, outletOf }: Props) {
  const [open, setOpen] = useState(false);
  const missing = useMissingFacts(storyIds, own, open);
  const title = byId.get(own[0]!)?.title ?? byId.get(storyIds[0]!)?.title ?? 'Untitled';
  const others = storyIds.filter((id) => !own.includes(id));
  return (
    <li className="outlet-story">
      <Link to={`/compare?ids=${storyIds.map(encodeURIComponent).join(',')}`}>{title}</Link>{' '}
      <span className="muted">
        {storyIds.length} versions; also {[...new Set(others.map(outletOf))].join(', ')}
      </span>{' '}
      <button
        type="button"
        className="button button-small"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        aria-label={`Facts ${outletName} did not carry in “${title}”`}
      >
        Facts not carried
      </button>
      {open && (
        <div className="outlet-missing" aria-live="polite">
          {missing.isPending && <p role="status">Aligning the story’s {storyIds.length} versions…</p>}
          {missing.isError && <p role="alert">Could not compare the story: {String(missing.error)}</p>}
          {missing.data?.length === 0 && (
            <p className="muted">{outletName} carried every fact of this story.</p>
          )}
          {missing.data && missing.data.length > 0 && (
            <ul aria-label={`Facts ${outletName} did not carry`}>
              {missing.data.map((f, i) => (
                <li key={i}>
                  {f.text}{' '}
                  <span className="muted">({[...new Set(f.carriedBy.map(outletOf))].join(', ')})</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}

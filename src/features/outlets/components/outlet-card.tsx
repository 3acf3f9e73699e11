import { useState } from 'react';
import { Link } from 'react-router';
import type { OutletSummary } from '../../../core/outlets';
import type { OutletsView } from '../api/get-outlets';
import { OutletChangeDialog } from './outlet-change-dialog';
import { OutletStory } from './outlet-story';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** The days an outlet's articles cover, in words: "2030-04-28 – 2030-05-02", "one day", or "no dates". */
function describeDays(o: OutletSummary): string {
  const span = o.first === null ? 'no dates' : o.first === o.last ? o.first : `${o.first} – ${o.last}`;
  return o.undated > 0 && o.first !== null
    ? `${span} (${plural(o.undated, 'article', 'articles')} undated)`
    : span;
}

/** One outlet: its counts, days, spellings, stories, links to its articles and its rename and merge actions. */
export function OutletCard({ outlet, view }: { outlet: OutletSummary; view: OutletsView }) {
  const [dialog, setDialog] = useState<'rename' | 'merge' | null>(null);
  const own = new Set(outlet.articleIds);
  const headingId = `outlet-${outlet.key}`;
  return (
    <li className="outlet-card">
      <h2 id={headingId}>{outlet.name}</h2>
      <p className="outlet-facts">
        <span>{plural(outlet.articleIds.length, 'article', 'articles')}</span>
        <span>{describeDays(outlet)}</span>
        {outlet.spellings.length > 1 || outlet.spellings[0] !== outlet.name ? (
          <span className="muted">as {outlet.spellings.map((s) => `“${s}”`).join(', ')}</span>
        ) : null}
      </p>
      <div className="outlet-actions">
        <Link className="button button-small" to={`/?outlet=${encodeURIComponent(outlet.key)}`}>
          Articles in the library
        </Link>
        <Link className="button button-small" to={`/timeline?outlet=${encodeURIComponent(outlet.key)}`}>
          On the timeline
        </Link>
        <button type="button" className="button button-small" onClick={() => setDialog('rename')}>
          Rename…
        </button>
        {view.outlets.length > 1 && (
          <button type="button" className="button button-small" onClick={() => setDialog('merge')}>
            Merge into…
          </button>
        )}
      </div>
      {outlet.stories.length > 0 && (
        <>
          <h3>{plural(outlet.stories.length, 'story', 'stories')} with other versions</h3>
          <ul className="outlet-stories">
            {outlet.stories.map((i) => {
              const ids = view.stories[i]!;
              return (
                <OutletStory
                  key={ids.join(',')}
                  outletName={outlet.name}
                  storyIds={ids}
                  own={ids.filter((id) => own.has(id))}
                  byId={view.byId}
                  outletOf={view.outletOf}
                />
              );
            })}
          </ul>
        </>
      )}
      {dialog !== null && (
        <OutletChangeDialog
          outlet={outlet}
          others={view.outlets.filter((o) => o.key !== outlet.key)}
          mode={dialog}
          onClose={() => setDialog(null)}
        />
      )}
    </li>
  );
}

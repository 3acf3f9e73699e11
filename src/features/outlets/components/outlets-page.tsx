import { useEffect } from 'react';
import { useOutlets } from '../api/get-outlets';
import '../outlets.css';
import { OutletCard } from './outlet-card';

/**
 * The outlets view (`/outlets`): every outlet with its article count, the days it covers and the stories it
 * covers beside other outlets, with the facts of each it did not carry; rename and merge outlets.
 */
export function OutletsPage() {
  const { view, error } = useOutlets();
  useEffect(() => {
    document.title = 'Outlets · Coverage Workbench';
  }, []);
  const sourceless = view ? view.byId.size - view.outlets.reduce((n, o) => n + o.articleIds.length, 0) : 0;
  return (
    <main className="page outlets-page" aria-labelledby="outlets-title">
      <div className="page-toolbar">
        <h1 id="outlets-title">Outlets</h1>
        {view && (
          <span className="muted">
            {view.outlets.length.toLocaleString()} {view.outlets.length === 1 ? 'outlet' : 'outlets'}
            {sourceless > 0 && `; ${sourceless.toLocaleString()} without a source`}
          </span>
        )}
        {view?.grouping && <span role="status">Grouping articles into stories…</span>}
      </div>
      {error !== null && <p role="alert">Could not read the outlets: {String(error)}</p>}
      {view === null && error === null && <p aria-busy="true">Reading the library…</p>}
      {view?.outlets.length === 0 && <p>No article names its outlet yet.</p>}
      {view && view.outlets.length > 0 && (
        <ul className="outlet-list" aria-label="Outlets">
          {view.outlets.map((o) => (
            <OutletCard key={o.key} outlet={o} view={view} />
          ))}
        </ul>
      )}
    </main>
  );
}

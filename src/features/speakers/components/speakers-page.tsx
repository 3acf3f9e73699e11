import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSpeakers } from '../api/get-speakers';
import { LibrarySpeakersTable } from './library-speakers-table';
import { StorySpeakersTable } from './story-speakers-table';
import '../speakers.css';

/**
 * `/speakers`: who the library's articles quote or cite, one row per person or body however the articles
 * spell them; `/speakers?ids=a,b` (a story's Speakers): who each article of that story cites, and whom only
 * one of them does.
 */
export function SpeakersPage() {
  const [params] = useSearchParams();
  const idsParam = params.get('ids') ?? '';
  const ids = useMemo(() => {
    const list = idsParam.split(',').filter(Boolean);
    return list.length > 0 ? list : null;
  }, [idsParam]);
  const speakers = useSpeakers(ids);
  const title = ids ? 'Speakers in this story' : 'Speakers';

  useEffect(() => {
    document.title = `${title} · Coverage Workbench`;
  }, [title]);

  const data = speakers.data;
  return (
    <main className="page speakers-page" aria-labelledby="speakers-title">
      {ids && (
        <p>
          <Link to="/">← Library</Link> · <Link to="/speakers">Speakers in the whole library</Link>
        </p>
      )}
      <h1 id="speakers-title">{title}</h1>
      {speakers.isPending && <p role="status">Reading the articles…</p>}
      {speakers.isError && <p role="alert">Could not read the articles: {String(speakers.error)}</p>}
      {data && data.articles.length === 0 && (
        <p className="empty-state">
          {ids
            ? 'None of these articles is in the library any more (or none is analysed yet).'
            : 'No article is analysed yet: import articles and they are analysed in the background.'}
        </p>
      )}
      {data && data.articles.length > 0 && data.rows.length === 0 && (
        <p className="empty-state">
          {ids ? 'No article of this story quotes or cites anyone.' : 'No article quotes or cites anyone.'}
        </p>
      )}
      {data &&
        data.rows.length > 0 &&
        (ids ? <StorySpeakersTable table={data} /> : <LibrarySpeakersTable table={data} />)}
    </main>
  );
}

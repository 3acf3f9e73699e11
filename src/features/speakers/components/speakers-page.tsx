import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useStorySpeakers } from '../api/get-story-speakers';
import '../speakers.css';

const KIND_NAMES = {
  person: 'person',
  organisation: 'organisation',
  official: 'official',
  anonymous: 'anonymous',
  report: 'report',
} as const;

/** `/speakers?ids=a,b`: who each article of a story quotes or cites, and who only one of them does. */
export function SpeakersPage() {
  const [params] = useSearchParams();
  const idsParam = params.get('ids') ?? '';
  const ids = useMemo(() => idsParam.split(',').filter(Boolean), [idsParam]);
  const speakers = useStorySpeakers(ids);

  useEffect(() => {
    document.title = 'Speakers · Coverage Workbench';
  }, []);

  const data = speakers.data;
  return (
    <main className="page speakers-page" aria-labelledby="speakers-title">
      <p>
        <Link to="/">← Library</Link>
      </p>
      <h1 id="speakers-title">Speakers in this story</h1>
      {ids.length === 0 ? (
        <p>
          No story is chosen. In the <Link to="/">library</Link>, press Stories, then the Speakers of a story.
        </p>
      ) : (
        <>
          {speakers.isPending && <p role="status">Reading the articles…</p>}
          {speakers.isError && <p role="alert">Could not read the articles: {String(speakers.error)}</p>}
        </>
      )}
      {data && data.articles.length === 0 && (
        <p>None of these articles is in the library any more (or none is analysed yet).</p>
      )}
      {data && data.articles.length > 0 && data.rows.length === 0 && (
        <p>No article of this story quotes or cites anyone.</p>
      )}
      {data && data.rows.length > 0 && (
        <table className="speakers-table">
          <caption className="muted">
            Statements (claims and quotes) per article; “only here” marks a speaker one article alone cites.
          </caption>
          <thead>
            <tr>
              <th scope="col">Speaker</th>
              <th scope="col">Kind</th>
              {data.articles.map((a) => (
                <th scope="col" key={a.id}>
                  <Link to={`/articles/${a.id}`}>{a.source ?? a.title}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => {
              const type = data.types.get(r.canonical);
              return (
                <tr key={r.canonical} className={r.onlyOne ? 'speaker-only-one' : undefined}>
                  <th scope="row">
                    {type ? (
                      <Link to={`/entities/${type}/${encodeURIComponent(r.canonical)}`}>{r.canonical}</Link>
                    ) : (
                      r.canonical
                    )}
                  </th>
                  <td>{KIND_NAMES[r.kind]}</td>
                  {data.articles.map((a) => {
                    const n = r.counts[a.id] ?? 0;
                    return (
                      <td key={a.id}>
                        {n > 0 ? n : <span className="muted">–</span>}
                        {n > 0 && r.onlyOne && <span className="only-here"> only here</span>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </main>
  );
}

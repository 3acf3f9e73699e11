import { Link } from 'react-router';
import { useEntityStatements } from '../api/get-entity-statements';

/** What a person or organisation says in every article, each statement linking to its sentence. */
export function EntityStatements({
  canonical,
  articleIds,
}: {
  canonical: string;
  articleIds: readonly string[];
}) {
  const statements = useEntityStatements(canonical, articleIds, articleIds.length > 0);
  if (!statements.data) return null;
  return (
    <section aria-labelledby="statements-title">
      <h2 id="statements-title">Statements ({statements.data.length})</h2>
      {statements.data.length === 0 ? (
        <p className="muted">No claim or quote in the library is attributed to {canonical}.</p>
      ) : (
        <ol className="mention-list" aria-label="Statements">
          {statements.data.map((s, i) => (
            <li key={`${s.articleId}:${s.start}`}>
              {statements.data[i - 1]?.articleId !== s.articleId && (
                <h3 className="mention-title">
                  <Link to={`/articles/${s.articleId}`}>{s.title}</Link>
                  {s.source && <span className="muted"> · {s.source}</span>}
                </h3>
              )}
              <blockquote>
                {s.text}{' '}
                <span className="muted">
                  ({s.quote ? 'quote' : 'claim'}
                  {s.cue && `, “${s.cue}”`})
                </span>{' '}
                <Link to={`/articles/${s.articleId}?at=${s.start}`} className="mention-link">
                  Read this statement
                </Link>
              </blockquote>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

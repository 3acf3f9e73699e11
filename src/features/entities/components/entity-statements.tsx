import { useEntityStatements } from '../api/get-entity-statements';
import { PassageList } from './passage-list';

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
        <PassageList
          name="Statements"
          passages={statements.data}
          Heading="h3"
          readLabel="Read this statement"
        >
          {(s) => (
            <>
              {s.text}{' '}
              <span className="muted">
                ({s.quote ? 'quote' : 'claim'}
                {s.cue && `, “${s.cue}”`})
              </span>
            </>
          )}
        </PassageList>
      )}
    </section>
  );
}

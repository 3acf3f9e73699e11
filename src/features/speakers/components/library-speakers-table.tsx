import type { SpeakerTable } from '../api/get-speakers';
import { KIND_NAMES, SpeakerName } from './speaker-name';

/** Rows drawn at most: the most cited speakers of a large library, as the entities page draws its entities. */
const SHOWN = 2000;

/** Every speaker of the library, most cited first: statements in all, and how many articles cite them. */
export function LibrarySpeakersTable({ table }: { table: SpeakerTable }) {
  return (
    <>
      <table className="speakers-table">
        <caption className="muted">
          Statements (claims and quotes) across the library, most cited first.
        </caption>
        <thead>
          <tr>
            <th scope="col">Speaker</th>
            <th scope="col">Kind</th>
            <th scope="col">Statements</th>
            <th scope="col">Articles</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.slice(0, SHOWN).map((r) => {
            const counts = Object.values(r.counts);
            return (
              <tr key={`${r.type ?? ''}:${r.canonical}`}>
                <th scope="row">
                  <SpeakerName row={r} />
                </th>
                <td>{KIND_NAMES[r.kind]}</td>
                <td>{counts.reduce((x, y) => x + y, 0)}</td>
                <td>{counts.length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {table.rows.length > SHOWN && (
        <p className="muted">
          Showing the {SHOWN.toLocaleString()} most cited of {table.rows.length.toLocaleString()}.
        </p>
      )}
    </>
  );
}

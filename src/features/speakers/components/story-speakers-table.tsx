import { Link } from 'react-router';
import type { SpeakerTable } from '../api/get-speakers';
import { KIND_NAMES, SpeakerName } from './speaker-name';

/** One column per article of a story, statements per speaker in each, and who one article alone cites. */
export function StorySpeakersTable({ table }: { table: SpeakerTable }) {
  return (
    <table className="speakers-table">
      <caption className="muted">
        Statements (claims and quotes) per article; “only here” marks a speaker one article alone cites.
      </caption>
      <thead>
        <tr>
          <th scope="col">Speaker</th>
          <th scope="col">Kind</th>
          {table.articles.map((a) => (
            <th scope="col" key={a.id}>
              <Link to={`/articles/${a.id}`}>{a.source ?? a.title}</Link>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={`${r.type ?? ''}:${r.canonical}`} className={r.onlyOne ? 'speaker-only-one' : undefined}>
            <th scope="row">
              <SpeakerName row={r} />
            </th>
            <td>{KIND_NAMES[r.kind]}</td>
            {table.articles.map((a) => {
              const n = r.counts[a.id] ?? 0;
              return (
                <td key={a.id}>
                  {n > 0 ? n : <span className="muted">–</span>}
                  {n > 0 && r.onlyOne && <span className="only-here"> only here</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

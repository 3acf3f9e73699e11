import { Link } from 'react-router';
import type { SpeakerRow } from '../../../core/speakers/speaker-table';

/** A speaker as written, linked to their entity page when the speaker is a named entity. */
export function SpeakerName({ row }: { row: SpeakerRow }) {
  return row.type ? (
    <Link to={`/entities/${row.type}/${encodeURIComponent(row.canonical)}`}>{row.name}</Link>
  ) : (
    row.name
  );
}

/** What kind of source each speaker is, as the table says it. */
export const KIND_NAMES = {
  person: 'person',
  organisation: 'organisation',
  official: 'official',
  anonymous: 'anonymous',
  report: 'report',
} as const;

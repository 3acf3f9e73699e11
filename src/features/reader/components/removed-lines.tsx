import type { RemovedLine } from '../../../core/model';
import { counted } from '../../../lib/counted';

/** What ingest stripped as boilerplate, each line with why, so the analyst can check nothing real was lost. */
export function RemovedLines({ removed }: { removed: readonly RemovedLine[] }) {
  if (removed.length === 0) return null;
  return (
    <details className="removed-lines">
      <summary>{counted(removed.length, 'boilerplate line')} removed</summary>
      <ul>
        {removed.map((line, i) => (
          <li key={i}>
            <span className="removed-reason">{line.reason}</span>{' '}
            <span className="removed-text">{line.text}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

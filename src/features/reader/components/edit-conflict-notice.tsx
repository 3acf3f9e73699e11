import { useId } from 'react';
import type { Label, Tag } from '../../../core/model';
import type { EditConflict } from '../api/mutate-annotations';

/** How the analyst settles an edit conflict. */
export type ConflictChoice = 'theirs' | 'mine' | 'merge';

/**
 * The notice inside the annotation editor when another tab changed or deleted the annotation being edited:
 * what the other tab stored, and the choices (keep theirs, keep mine, merge; or restore / discard).
 */
export function EditConflictNotice({
  conflict,
  labels,
  tags,
  onResolve,
}: {
  conflict: EditConflict;
  labels: readonly Label[];
  tags: readonly Tag[];
  onResolve: (choice: ConflictChoice) => void;
}) {
  const titleId = useId();
  if (conflict.kind === 'deleted') {
    return (
      <section className="edit-conflict" aria-labelledby={titleId}>
        <p id={titleId} role="alert" className="edit-conflict-title">
          This annotation was deleted in another tab.
        </p>
        <div className="edit-conflict-actions">
          <button type="button" className="button" onClick={() => onResolve('mine')}>
            Restore with my changes
          </button>
          <button type="button" className="button" onClick={() => onResolve('theirs')}>
            Discard my changes
          </button>
        </div>
      </section>
    );
  }
  const { theirs } = conflict;
  const label = labels.find((l) => l.id === theirs.label)?.name ?? 'No label';
  const tagNames = theirs.tags.map((id) => tags.find((t) => t.id === id)?.name ?? '?');
  return (
    <section className="edit-conflict" aria-labelledby={titleId}>
      <p id={titleId} role="alert" className="edit-conflict-title">
        This annotation was changed in another tab.
      </p>
      <dl className="edit-conflict-theirs" aria-label="Their version">
        <dt>Their note</dt>
        <dd className="edit-conflict-note">{theirs.note || '(empty)'}</dd>
        <dt>Their label</dt>
        <dd>{label}</dd>
        <dt>Their tags</dt>
        <dd>{tagNames.length > 0 ? tagNames.join(', ') : '(none)'}</dd>
      </dl>
      <p className="edit-conflict-hint">
        Merge keeps both notes and every tag either of you added; if you both changed the label, yours is
        kept.
      </p>
      <div className="edit-conflict-actions">
        <button type="button" className="button" onClick={() => onResolve('theirs')}>
          Keep theirs
        </button>
        <button type="button" className="button" onClick={() => onResolve('mine')}>
          Keep mine
        </button>
        <button type="button" className="button" onClick={() => onResolve('merge')}>
          Merge
        </button>
      </div>
    </section>
  );
}

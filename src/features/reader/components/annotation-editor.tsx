import { useId, useState, type FormEvent } from 'react';
import type { AnnotationEdit, Label, Tag } from '../../../core/model';
import { toCssColor } from '../../../core/model';
import { Dialog } from '../../../ui/dialog';
import { onEnter } from '../../../ui/on-enter';
import { PALETTE, TagInput } from '../../../ui/tag-input';
import { useCreateLabel, useCreateTag } from '../api/create-tag';
import type { EditConflict } from '../api/mutate-annotations';
import { EditConflictNotice, type ConflictChoice } from './edit-conflict-notice';

/**
 * The annotation form in a modal dialog: the quoted words, a note (line breaks kept), a label from the
 * palette or a new one with its colour, and tags. Save, Cancel and, for a stored annotation, Delete. When
 * another tab changed or deleted the annotation meanwhile, a notice above the buttons offers the choices.
 */
export function AnnotationEditor({
  quote,
  initial,
  labels,
  tags,
  isNew,
  conflict,
  onSave,
  onResolve,
  onDelete,
  onClose,
}: {
  quote: string;
  initial: AnnotationEdit;
  labels: readonly Label[];
  tags: readonly Tag[];
  isNew: boolean;
  conflict: EditConflict | null;
  onSave: (draft: AnnotationEdit) => void;
  onResolve: (choice: ConflictChoice, draft: AnnotationEdit) => void;
  onDelete: () => void;
  onClose: () => void;
}) {
  const [note, setNote] = useState(initial.note);
  const [label, setLabel] = useState<string | null>(initial.label);
  const [tagIds, setTagIds] = useState<readonly string[]>(initial.tags);
  const [newLabel, setNewLabel] = useState('');
  const [newColor, setNewColor] = useState(PALETTE[labels.length % PALETTE.length]!);
  const createLabel = useCreateLabel();
  const createTag = useCreateTag();
  const noteId = useId();
  // A new tag or label is written to the database before it is chosen: saving meanwhile would store the
  // annotation without it (a tag typed, Enter, then Save at once), so Save waits for every creation.
  const [creating, setCreating] = useState(0);
  const whileCreating = async <T,>(create: () => Promise<T>): Promise<T> => {
    setCreating((n) => n + 1);
    try {
      return await create();
    } finally {
      setCreating((n) => n - 1);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (creating > 0) return;
    onSave({ note, label, tags: tagIds });
  };
  const addLabel = async () => {
    if (!newLabel.trim()) return;
    // A failed write is shown by the query client's toast; the name stays in the field to try again.
    const made = await whileCreating(() =>
      createLabel.mutateAsync({ name: newLabel, color: newColor }),
    ).catch(() => null);
    if (!made) return;
    setLabel(made.id);
    setNewLabel('');
  };
  return (
    <Dialog open title={isNew ? 'Annotate' : 'Edit annotation'} onClose={onClose}>
      {/* Ctrl+Enter saves from any field; a field that takes Enter for itself (a new tag or label) keeps it. */}
      <form
        className="annotation-form"
        onSubmit={submit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) submit(e);
        }}
      >
        <blockquote className="annotation-quote">{quote}</blockquote>
        <label htmlFor={noteId}>Note</label>
        <textarea id={noteId} rows={4} value={note} autoFocus onChange={(e) => setNote(e.target.value)} />
        <fieldset className="label-palette">
          <legend>Label</legend>
          <label className="label-option">
            <input type="radio" name="label" checked={label === null} onChange={() => setLabel(null)} />
            No label
          </label>
          {labels.map((l) => (
            <label key={l.id} className="label-option">
              <input type="radio" name="label" checked={label === l.id} onChange={() => setLabel(l.id)} />
              <span className="label-swatch" style={{ background: toCssColor(l.color) }} aria-hidden="true" />
              {l.name}
            </label>
          ))}
          <div className="new-label">
            <input
              aria-label="New label name"
              placeholder="New label"
              value={newLabel}
              onChange={(e) => setNewLabel(e.target.value)}
              onKeyDown={(e) => onEnter(e, () => void addLabel())}
            />
            <input
              type="color"
              aria-label="New label colour"
              value={newColor}
              onChange={(e) => setNewColor(e.target.value)}
            />
            <button type="button" className="button button-small" onClick={() => void addLabel()}>
              Add label
            </button>
          </div>
        </fieldset>
        <fieldset>
          <legend>Tags</legend>
          <TagInput
            tags={tags}
            value={tagIds}
            onChange={setTagIds}
            onCreate={(name) =>
              whileCreating(() =>
                createTag.mutateAsync({ name, color: PALETTE[tags.length % PALETTE.length]! }),
              )
            }
          />
        </fieldset>
        {conflict && (
          <EditConflictNotice
            conflict={conflict}
            labels={labels}
            tags={tags}
            onResolve={(choice) => onResolve(choice, { note, label, tags: tagIds })}
          />
        )}
        <div className="dialog-actions">
          {!isNew && (
            <button type="button" className="button button-danger" onClick={onDelete}>
              Delete
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={creating > 0}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}

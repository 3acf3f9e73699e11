import { useId, useState, type FormEvent } from 'react';
import type { Label, Tag } from '../../../core/model';
import { Dialog } from '../../../ui/dialog';
import { PALETTE, TagInput } from '../../../ui/tag-input';
import { useCreateLabel, useCreateTag } from '../api/create-tag';

/** What the editor hands back on save. */
export type AnnotationDraft = Readonly<{ note: string; label: string | null; tags: readonly string[] }>;

/**
 * The annotation form in a modal dialog: the quoted words, a note (line breaks kept), a label from the
 * palette or a new one with its colour, and tags. Save, Cancel and, for a stored annotation, Delete.
 */
export function AnnotationEditor({
  quote,
  initial,
  labels,
  tags,
  isNew,
  onSave,
  onDelete,
  onClose,
}: {
  quote: string;
  initial: AnnotationDraft;
  labels: readonly Label[];
  tags: readonly Tag[];
  isNew: boolean;
  onSave: (draft: AnnotationDraft) => void;
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
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave({ note, label, tags: tagIds });
  };
  const addLabel = async () => {
    if (!newLabel.trim()) return;
    const made = await createLabel.mutateAsync({ name: newLabel, color: newColor });
    setLabel(made.id);
    setNewLabel('');
  };
  return (
    <Dialog open title={isNew ? 'Annotate' : 'Edit annotation'} onClose={onClose}>
      <form className="annotation-form" onSubmit={submit}>
        <blockquote className="annotation-quote">{quote}</blockquote>
        <label htmlFor={noteId}>Note</label>
        <textarea
          id={noteId}
          rows={4}
          value={note}
          autoFocus
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
          }}
        />
        <fieldset className="label-palette">
          <legend>Label</legend>
          <label className="label-option">
            <input type="radio" name="label" checked={label === null} onChange={() => setLabel(null)} />
            No label
          </label>
          {labels.map((l) => (
            <label key={l.id} className="label-option">
              <input type="radio" name="label" checked={label === l.id} onChange={() => setLabel(l.id)} />
              <span className="label-swatch" style={{ background: l.color }} aria-hidden="true" />
              {l.name}
            </label>
          ))}
          <div className="new-label">
            <input
              aria-label="New label name"
              placeholder="New label"
              value={newLabel}
              onChange={(e) => setNewLabel(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void addLabel();
                }
              }}
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
              createTag.mutateAsync({ name, color: PALETTE[tags.length % PALETTE.length]! })
            }
          />
        </fieldset>
        <div className="dialog-actions">
          {!isNew && (
            <button type="button" className="button button-danger" onClick={onDelete}>
              Delete
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}

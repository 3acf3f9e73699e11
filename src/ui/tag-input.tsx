import { useEffect, useId, useRef, useState } from 'react';
import { PALETTE_COLORS, toCssColor, type Tag } from '../core/model';
import { onEnter } from './on-enter';

/** The colours new tags and labels cycle through, as `#rrggbb`. */
export const PALETTE = Object.values(PALETTE_COLORS);

/** Chips for the chosen tags (each removable) and a field to pick an existing tag or create one by name. */
export function TagInput({
  tags,
  value,
  onChange,
  onCreate,
  label = 'Add tag',
}: {
  tags: readonly Tag[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** Creates (or finds) a tag by name and returns it. */
  onCreate: (name: string) => Promise<Tag>;
  label?: string;
}) {
  const [draft, setDraft] = useState('');
  const listId = useId();
  // Creating a tag is async: a fast typist adds the next tag before it resolves, so the field is cleared at
  // once and the addition goes onto the value as it is then, not as it was when Enter was pressed.
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);
  const chosen = value.map((id) => tags.find((t) => t.id === id)).filter((t) => t !== undefined);
  const add = async () => {
    const name = draft.trim();
    if (!name) return;
    setDraft('');
    let tag: Tag;
    try {
      tag = tags.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? (await onCreate(name));
    } catch {
      // The write's failure is shown by the query client; the name typed comes back to try again.
      setDraft((typed) => typed || name);
      return;
    }
    if (latest.current.includes(tag.id)) return;
    const next = [...latest.current, tag.id];
    latest.current = next;
    onChange(next);
  };
  return (
    <div className="tag-input">
      <ul className="tag-chips" aria-label="Tags">
        {chosen.map((t) => (
          <li key={t.id} className="tag-chip" style={{ borderColor: toCssColor(t.color) }}>
            <span className="tag-dot" style={{ background: toCssColor(t.color) }} aria-hidden="true" />
            {t.name}
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove tag ${t.name}`}
              onClick={() => onChange(value.filter((id) => id !== t.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        list={listId}
        value={draft}
        placeholder={label}
        aria-label={label}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => onEnter(e, () => void add())}
      />
      <button
        type="button"
        className="button button-small"
        onClick={() => void add()}
        disabled={!draft.trim()}
      >
        Add
      </button>
      <datalist id={listId}>
        {tags
          .filter((t) => !value.includes(t.id))
          .map((t) => (
            <option key={t.id} value={t.name} />
          ))}
      </datalist>
    </div>
  );
}

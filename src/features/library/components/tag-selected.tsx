import { useId, useState } from 'react';
import type { Tag } from '../../../core/model';
import { Dialog } from '../../../ui/dialog';
import { useTagArticles } from '../api/tag-articles';

/** "Tag selected…": a dialog that puts one tag (existing or new) on every selected article. */
export function TagSelected({ ids, tags }: { ids: readonly string[]; tags: readonly Tag[] }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const tagArticles = useTagArticles();
  const listId = useId();
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Tag selected…
      </button>
      <Dialog open={open} title={`Tag ${ids.length} selected`} onClose={() => setOpen(false)}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!name.trim()) return;
            tagArticles.mutate({ ids, name: name.trim() }, { onSuccess: () => setOpen(false) });
            setName('');
          }}
        >
          <label>
            Tag <input list={listId} value={name} autoFocus onChange={(e) => setName(e.target.value)} />
          </label>
          <datalist id={listId}>
            {tags.map((t) => (
              <option key={t.id} value={t.name} />
            ))}
          </datalist>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="submit" className="button button-primary">
              Apply tag
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

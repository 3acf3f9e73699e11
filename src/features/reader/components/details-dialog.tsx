import { useState } from 'react';
import type { Article } from '../../../core/model';
import { describeWriteError } from '../../../lib/storage/storage-full';
import { Dialog } from '../../../ui/dialog';
import { useEditArticleDetails } from '../api/edit-details';

/** The form's fields, filled from the article: a date the importer kept as a timestamp shows as its day. */
function fieldsOf(article: Article) {
  return { title: article.title, source: article.source ?? '', date: article.date?.slice(0, 10) ?? '' };
}

/**
 * "Edit details…": the analyst corrects a title, an outlet or a date the importer misread (a dateline's
 * credit it did not know, a page with no date). The text and everything anchored in it stay as they are.
 */
export function DetailsButton({ article }: { article: Article }) {
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState(() => fieldsOf(article));
  const edit = useEditArticleDetails(article.id);
  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [name]: e.target.value }));
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          edit.reset();
          setFields(fieldsOf(article));
          setOpen(true);
        }}
      >
        Edit details…
      </button>
      <Dialog open={open} title="Article details" onClose={() => setOpen(false)}>
        <form
          className="details-form"
          onSubmit={(e) => {
            e.preventDefault();
            edit.mutate(
              { title: fields.title, source: fields.source || null, date: fields.date || null },
              { onSuccess: () => setOpen(false) },
            );
          }}
        >
          <label>
            Title
            <input value={fields.title} onChange={set('title')} required />
          </label>
          <div className="details-form-row">
            <label>
              Outlet
              <input value={fields.source} onChange={set('source')} placeholder="unknown" />
            </label>
            <label>
              Date
              <input type="date" value={fields.date} onChange={set('date')} />
            </label>
          </div>
          {edit.isError && <p role="alert">{describeWriteError(edit.error, 'Could not save the details')}</p>}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={edit.isPending}>
              Save
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

import { useState } from 'react';
import { Dialog } from '../../../ui/dialog';
import type { ImportSource } from '../import-pipeline';

/**
 * The dialog for pasted text: the text, and what a file would have told the importer about it (title,
 * outlet, date), each optional. Typed metadata wins over anything read from the text.
 */
export function PasteDialog({
  open,
  onClose,
  onImport,
}: Readonly<{ open: boolean; onClose: () => void; onImport: (source: ImportSource) => void }>) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const [date, setDate] = useState('');
  const close = (): void => {
    setText('');
    setTitle('');
    setOutlet('');
    setDate('');
    onClose();
  };
  return (
    <Dialog open={open} title="Paste an article" onClose={close}>
      <form
        className="details-form"
        onSubmit={(e) => {
          e.preventDefault();
          const known = { title: title.trim() || null, source: outlet.trim() || null, date: date || null };
          onImport({ name: known.title ?? 'Pasted text', text, format: 'paste', known });
          close();
        }}
      >
        <label>
          Title (optional)
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <div className="details-form-row">
          <label>
            Outlet (optional)
            <input
              value={outlet}
              onChange={(e) => setOutlet(e.target.value)}
              placeholder="e.g. Tidewater Post"
            />
          </label>
          <label>
            Date (optional)
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
        </div>
        <label>
          Article text
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={14} required />
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={text.trim() === ''}>
            Import
          </button>
        </div>
      </form>
    </Dialog>
  );
}

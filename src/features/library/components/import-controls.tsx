import { useRef, useState } from 'react';
import { filesFromFolderInput } from '../../../lib/dropped-files';
import { Dialog } from '../../../ui/dialog';
import { useImportFiles } from '../api/import-files';

export const ACCEPTED_TYPES =
  '.txt,.md,.markdown,.html,.htm,.json,.jsonl,.pdf,.docx,.eml,.zip,text/plain,text/html,text/markdown,application/json,application/pdf,message/rfc822,application/zip,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Header buttons that import: a file picker and a dialog to paste text. */
export function ImportControls() {
  const { mutate: importFiles } = useImportFiles();
  const inputRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [pasted, setPasted] = useState('');
  const [pasteTitle, setPasteTitle] = useState('');

  return (
    <div className="import-controls">
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={ACCEPTED_TYPES}
        className="visually-hidden"
        aria-label="Choose article files"
        tabIndex={-1}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          if (files.length > 0) importFiles(files.map((file) => ({ name: file.name, file })));
        }}
      />
      <input
        ref={(el) => {
          folderRef.current = el;
          // React has no prop for this non-standard attribute, which every current browser supports.
          el?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        multiple
        className="visually-hidden"
        aria-label="Choose a folder of articles"
        tabIndex={-1}
        onChange={(e) => {
          const files = filesFromFolderInput(Array.from(e.currentTarget.files ?? []));
          e.currentTarget.value = '';
          if (files.length > 0) importFiles(files);
        }}
      />
      <button type="button" className="button button-primary" onClick={() => inputRef.current?.click()}>
        Import files…
      </button>
      <button type="button" className="button" onClick={() => folderRef.current?.click()}>
        Import folder…
      </button>
      <button type="button" className="button" onClick={() => setPasteOpen(true)}>
        Paste text…
      </button>
      <Dialog open={pasteOpen} title="Paste an article" onClose={() => setPasteOpen(false)}>
        <form
          className="paste-form"
          onSubmit={(e) => {
            e.preventDefault();
            const name = pasteTitle.trim() || 'Pasted text';
            importFiles([
              {
                name,
                text: pasteTitle.trim() ? `${pasteTitle.trim()}\n\n${pasted}` : pasted,
                format: 'paste',
              },
            ]);
            setPasted('');
            setPasteTitle('');
            setPasteOpen(false);
          }}
        >
          <label>
            Title (optional)
            <input value={pasteTitle} onChange={(e) => setPasteTitle(e.target.value)} />
          </label>
          <label>
            Article text
            <textarea value={pasted} onChange={(e) => setPasted(e.target.value)} rows={14} required />
          </label>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setPasteOpen(false)}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={pasted.trim() === ''}>
              Import
            </button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}

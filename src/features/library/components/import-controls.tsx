import { useRef, useState } from 'react';
import { filesFromFolderInput } from '../../../lib/dropped-files';
import { loadImportModelsAhead, useImportFiles } from '../api/import-files';
import { PasteDialog } from './paste-dialog';

export const ACCEPTED_TYPES =
  '.txt,.md,.markdown,.html,.htm,.json,.jsonl,.pdf,.docx,.eml,.zip,text/plain,text/html,text/markdown,application/json,application/pdf,message/rfc822,application/zip,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The "Import files…" button's id: the import status hands the focus back to it when it closes. */
export const IMPORT_FILES_BUTTON_ID = 'import-files';

/** Header buttons that import: a file picker and a dialog to paste text. */
export function ImportControls() {
  const { mutate: importFiles } = useImportFiles();
  const inputRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  // The models load while the analyst picks files, not with the first one.
  const pick = (input: HTMLInputElement | null) => {
    loadImportModelsAhead();
    input?.click();
  };

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
      <button
        id={IMPORT_FILES_BUTTON_ID}
        type="button"
        className="button button-primary"
        onClick={() => pick(inputRef.current)}
      >
        Import files…
      </button>
      <button type="button" className="button" onClick={() => pick(folderRef.current)}>
        Import folder…
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          loadImportModelsAhead();
          setPasteOpen(true);
        }}
      >
        Paste text…
      </button>
      <PasteDialog
        open={pasteOpen}
        onClose={() => setPasteOpen(false)}
        onImport={(source) => importFiles([source])}
      />
    </div>
  );
}

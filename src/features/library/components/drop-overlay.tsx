import { useEffect, useState } from 'react';
import { collectDroppedFiles } from '../../../lib/dropped-files';
import { loadImportModelsAhead, useImportFiles, warmUpImport } from '../api/import-files';
import { restoreImportFailures } from '../api/import-journal';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Makes the whole window a drop target for article files and folders (read recursively), with an overlay while files are dragged over it. */
export function DropOverlay() {
  const { mutate: importFiles } = useImportFiles();
  const [active, setActive] = useState(false);

  useEffect(warmUpImport, []);
  useEffect(() => void restoreImportFailures(), []);

  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setActive(true);
      loadImportModelsAhead();
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setActive(false);
      // Entries (which can be folders) and files exist only during the event: take them now, read them after.
      const items = Array.from(e.dataTransfer?.items ?? [])
        .filter((item) => item.kind === 'file')
        .map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }));
      void collectDroppedFiles(items)
        .then((named) => {
          if (named.length > 0) importFiles(named);
        })
        .catch((error: unknown) => console.error('The dropped files could not be listed', error));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [importFiles]);

  if (!active) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">Drop articles to import them</div>
    </div>
  );
}

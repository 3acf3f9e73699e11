import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'react-router';
import { ProgressBar } from '../../../ui/progress-bar';
import { clearFinishedImports } from '../api/import-journal';
import { isFinished, useImportStore, type FileStatus } from '../import-store';

const STATE_TEXT: Record<FileStatus['state'], string> = {
  waiting: 'Waiting',
  working: 'Reading…',
  imported: 'Imported',
  duplicate: 'Already in the library',
  failed: 'Not imported',
};

function StatusRow({
  file,
  index,
  measure,
  top,
}: {
  file: FileStatus;
  index: number;
  measure: (el: Element | null) => void;
  top: number;
}) {
  const firstId = file.articleIds[0];
  return (
    <li
      ref={measure}
      data-index={index}
      className={`status-row status-${file.state}`}
      style={{ position: 'absolute', left: 0, right: 0, transform: `translateY(${top}px)` }}
    >
      <span className="status-name">{file.name}</span>
      <span className="status-state">
        {firstId && file.state !== 'failed' ? (
          <Link to={`/articles/${firstId}`}>{STATE_TEXT[file.state]}</Link>
        ) : (
          STATE_TEXT[file.state]
        )}
        {file.articleIds.length > 1 && ` (${file.articleIds.length} articles)`}
      </span>
      {file.message && <span className="status-message">{file.message}</span>}
    </li>
  );
}

/**
 * The import panel: overall progress and each file's outcome, with a clear message for each failure. Once an
 * import ends with nothing to read about it folds to a one-line status (in the header, over nothing), which
 * opens the list again on demand.
 */
export function ImportStatus() {
  const { files, panelOpen, expanded, closePanel, setExpanded } = useImportStore();
  if (!panelOpen || files.length === 0) return null;
  if (!expanded) return <FoldedStatus files={files} onExpand={() => setExpanded(true)} />;
  return (
    <StatusPanel
      files={files}
      closePanel={closePanel}
      clearFinished={() => void clearFinishedImports()}
      onFold={() => setExpanded(false)}
    />
  );
}

function FoldedStatus({ files, onExpand }: { files: readonly FileStatus[]; onExpand: () => void }) {
  const done = files.filter((f) => isFinished(f.state)).length;
  const count = (state: FileStatus['state']) => files.filter((f) => f.state === state).length;
  const others = [
    count('duplicate') > 0 && `${count('duplicate')} already there`,
    count('failed') > 0 && `${count('failed')} not imported`,
  ].filter(Boolean);
  // After a reload the list holds only the files an earlier import could not take: "0 imported" beside them
  // read as if nothing had ever been imported.
  const outcome =
    count('imported') > 0 || others.length === 0 ? [`${count('imported')} imported`, ...others] : others;
  return (
    <section className="import-status-folded" aria-label="Import status">
      <ProgressBar value={done} max={files.length} label="Files processed" />
      <span>{outcome.join(' · ')}</span>
      <button type="button" className="button button-small" aria-expanded="false" onClick={onExpand}>
        Details
      </button>
    </section>
  );
}

// Only the rows near the visible part of the list are rendered: an import of 1,000 files must not re-render
// 1,000 rows after every batch.
function StatusPanel({
  files,
  closePanel,
  clearFinished,
  onFold,
}: {
  files: readonly FileStatus[];
  closePanel: () => void;
  clearFinished: () => void;
  onFold: () => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design
  const virtualizer = useVirtualizer({
    count: files.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 34,
    overscan: 8,
  });
  const done = files.filter((f) => isFinished(f.state)).length;
  const failed = files.filter((f) => f.state === 'failed').length;
  return (
    <section className="import-status" aria-label="Import status">
      <header className="import-status-header">
        <h2>
          Import {done < files.length ? 'in progress' : 'finished'}
          {failed > 0 && ' '}
          {failed > 0 && <span className="badge badge-error">{failed} not imported</span>}
        </h2>
        <button type="button" className="button button-small" onClick={clearFinished} disabled={done === 0}>
          Clear finished
        </button>
        <button type="button" className="button button-small" aria-expanded="true" onClick={onFold}>
          Fold
        </button>
        <button type="button" className="icon-button" aria-label="Close import status" onClick={closePanel}>
          ×
        </button>
      </header>
      <ProgressBar value={done} max={files.length} label="Files processed" />
      <div ref={scrollRef} className="status-list">
        <ul
          aria-label="Files"
          style={{ height: virtualizer.getTotalSize(), position: 'relative', margin: 0, padding: 0 }}
        >
          {virtualizer.getVirtualItems().map((item) => (
            <StatusRow
              key={files[item.index]!.key}
              file={files[item.index]!}
              index={item.index}
              measure={virtualizer.measureElement}
              top={item.start}
            />
          ))}
        </ul>
      </div>
    </section>
  );
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'react-router';
import type { FileStatus } from '../import-store';

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
 * A scrolling list of files with each one's outcome and, for a failure, why. Only the rows near the visible
 * part are rendered: an import of 1,000 files must not re-render 1,000 rows after every batch.
 */
export function ImportFileList({ label, files }: { label: string; files: readonly FileStatus[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design
  const virtualizer = useVirtualizer({
    count: files.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 34,
    overscan: 8,
  });
  return (
    <div ref={scrollRef} className="status-list">
      <ul
        aria-label={label}
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
  );
}

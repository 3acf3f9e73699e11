import { useRef, type RefObject } from 'react';
import { ProgressBar } from '../../../ui/progress-bar';
import { clearFinishedImports } from '../api/import-journal';
import { isFinished, useImportStore, type FileStatus } from '../import-store';
import { IMPORT_FILES_BUTTON_ID } from './import-controls';
import { ImportFileList } from './import-file-list';

const finishedCount = (files: readonly FileStatus[]) => files.filter((f) => isFinished(f.state)).length;

/** How one import's files ended: "3 imported · 1 already there · 1 not imported". */
function describeOutcome(files: readonly FileStatus[]): string {
  const count = (state: FileStatus['state']) => files.filter((f) => f.state === state).length;
  const others = [
    count('duplicate') > 0 && `${count('duplicate')} already there`,
    count('failed') > 0 && `${count('failed')} not imported`,
  ].filter(Boolean);
  // An import of nothing but failures: "0 imported" beside them read as if nothing had ever been imported.
  const outcome =
    count('imported') > 0 || others.length === 0 ? [`${count('imported')} imported`, ...others] : others;
  return outcome.join(' · ');
}

const describeEarlier = (earlier: readonly FileStatus[]) => `Earlier imports: ${earlier.length} not imported`;

/**
 * Clears finished files (or only earlier imports' failures) and moves the focus off the button that pressed
 * it, which may go with them: to `stays`, part of the status that remains, or else to the import button, so a
 * keyboard user is not sent back to the top of the page.
 */
async function clearKeepingFocus(which: 'all' | 'earlier', stays: HTMLElement | null): Promise<void> {
  await clearFinishedImports(which);
  (stays ?? document.getElementById(IMPORT_FILES_BUTTON_ID))?.focus();
}

function DismissEarlier({ stays }: { stays: RefObject<HTMLElement | null> | null }) {
  return (
    <button
      type="button"
      className="button button-small"
      aria-label="Dismiss earlier failures"
      onClick={() => void clearKeepingFocus('earlier', stays?.current ?? null)}
    >
      Dismiss
    </button>
  );
}

/**
 * The import panel: the latest import's progress and each file's outcome, with a clear message for each
 * failure; apart from it, files earlier imports (or an earlier page) could not take, until dismissed. Once an
 * import ends with nothing to read about it folds to a one-line status (in the header, over nothing), which
 * opens the list again on demand.
 */
export function ImportStatus() {
  const { files, panelOpen, expanded, closePanel, setExpanded } = useImportStore();
  if (!panelOpen || files.length === 0) return null;
  const current = files.filter((f) => !f.earlier);
  const earlier = files.filter((f) => f.earlier);
  if (!expanded)
    return <FoldedStatus current={current} earlier={earlier} onExpand={() => setExpanded(true)} />;
  return (
    <StatusPanel
      current={current}
      earlier={earlier}
      onClose={() => {
        closePanel();
        document.getElementById(IMPORT_FILES_BUTTON_ID)?.focus();
      }}
      onFold={() => setExpanded(false)}
    />
  );
}

type Groups = { current: readonly FileStatus[]; earlier: readonly FileStatus[] };

function FoldedStatus({ current, earlier, onExpand }: Groups & { onExpand: () => void }) {
  const details = useRef<HTMLButtonElement>(null);
  return (
    <section className="import-status-folded" aria-label="Import status">
      {current.length > 0 && (
        <>
          <ProgressBar value={finishedCount(current)} max={current.length} label="Files processed" />
          <span>{describeOutcome(current)}</span>
        </>
      )}
      {earlier.length > 0 && <span className="import-earlier-count">{describeEarlier(earlier)}</span>}
      <button
        ref={details}
        type="button"
        className="button button-small"
        aria-expanded="false"
        onClick={onExpand}
      >
        Details
      </button>
      {earlier.length > 0 && <DismissEarlier stays={current.length > 0 ? details : null} />}
    </section>
  );
}

function StatusPanel({
  current,
  earlier,
  onClose,
  onFold,
}: Groups & { onClose: () => void; onFold: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const done = finishedCount(current);
  // What stays after clearing finished files: the files still running, under the heading.
  const running = done < current.length;
  return (
    <section className="import-status" aria-label="Import status">
      <header className="import-status-header">
        <h2 ref={heading} tabIndex={-1}>
          {current.length === 0 ? 'Earlier imports' : `Import ${running ? 'in progress' : 'finished'}`}
        </h2>
        <button
          type="button"
          className="button button-small"
          onClick={() => void clearKeepingFocus('all', running ? heading.current : null)}
          disabled={done === 0 && earlier.length === 0}
        >
          Clear finished
        </button>
        <button type="button" className="button button-small" aria-expanded="true" onClick={onFold}>
          Fold
        </button>
        <button type="button" className="icon-button" aria-label="Close import status" onClick={onClose}>
          ×
        </button>
      </header>
      {current.length > 0 && (
        <>
          <p className="import-outcome">{describeOutcome(current)}</p>
          <ProgressBar value={done} max={current.length} label="Files processed" />
          <ImportFileList label="Files" files={current} />
        </>
      )}
      {earlier.length > 0 && (
        <section className="import-earlier" aria-labelledby="import-earlier-title">
          <div className="import-status-header">
            <h3 id="import-earlier-title">{describeEarlier(earlier)}</h3>
            <DismissEarlier stays={current.length > 0 ? heading : null} />
          </div>
          <ImportFileList label="Earlier failures" files={earlier} />
        </section>
      )}
    </section>
  );
}

import { ProgressBar } from '../../../ui/progress-bar';
import { useExportStore } from '../store';

/** The running export, backup or import task with a progress bar; nothing when idle. */
export function ExportProgress() {
  const progress = useExportStore((s) => s.progress);
  if (!progress) return null;
  return (
    <div className="export-progress" role="status" aria-live="polite">
      <span>{progress.label}…</span>
      <ProgressBar value={progress.done} max={progress.total} label={progress.label} />
    </div>
  );
}

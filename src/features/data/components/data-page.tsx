import { useEffect, useState, type ReactNode } from 'react';
import { Dialog } from '../../../ui/dialog';
import { useClearWorkbench } from '../api/clear-workbench';
import { useDownloadBackup } from '../api/download-backup';
import { useWorkbenchCounts } from '../api/get-workbench-counts';
import { useImportAnnotations } from '../api/import-annotations';
import { useRestoreBackup } from '../api/restore-backup';
import { describeCounts } from '../counts-text';
import { ExportButton } from './export-button';
import { ExportProgress } from './export-progress';
import { FilePickButton } from './file-pick-button';
import { StorageSummary } from './storage-summary';
import '../export.css';

// The page's file pickers and the files each offers: a backup is JSON; W3C annotations are JSON-LD, often
// saved as plain JSON.
const PICKERS = {
  backup: { label: 'Restore backup…', accept: '.json,application/json' },
  annotations: { label: 'Import annotations…', accept: '.jsonld,.json,application/ld+json,application/json' },
} as const;

/** A mutation's outcome as a sentence: a status line on success, an alert on failure. */
function Outcome({ success, error }: { success: string | undefined; error: Error | null }) {
  if (error)
    return (
      <p role="alert" className="data-error">
        {error.message}
      </p>
    );
  if (success)
    return (
      <p role="status" className="data-result">
        {success}
      </p>
    );
  return null;
}

/** One part of the Data page: a titled section that says what its actions do. */
function DataSection({
  id,
  title,
  about,
  children,
}: {
  id: string;
  title: string;
  about: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="muted">{about}</p>
      {children}
    </section>
  );
}

/**
 * The Data page (`/data`): what the workbench holds; export; download and restore a backup; import W3C
 * annotations from this app or another tool; clear everything (after a confirmation).
 */
export function DataPage() {
  const counts = useWorkbenchCounts();
  const backup = useDownloadBackup();
  const restore = useRestoreBackup();
  const importAnnotations = useImportAnnotations();
  const clear = useClearWorkbench();
  const [confirmClear, setConfirmClear] = useState(false);
  const busy = backup.isPending || restore.isPending || importAnnotations.isPending || clear.isPending;
  // Each outcome says what the last action did: an older one left beside it ("The workbench is empty." under
  // a restore that just added articles) would contradict it.
  const startFresh = () => [backup, restore, importAnnotations, clear].forEach((m) => m.reset());

  useEffect(() => {
    document.title = 'Data · Coverage Workbench';
  }, []);

  return (
    <main className="page data-page" aria-labelledby="data-title">
      <h1 id="data-title">Data</h1>
      <p aria-label="Workbench contents" role="status">
        {counts.data ? `This workbench holds ${describeCounts(counts.data, true)}.` : 'Counting…'}
      </p>
      <ExportProgress />
      <StorageSummary />

      <DataSection
        id="export-title"
        title="Export"
        about="Annotations as W3C JSON-LD, CSV, JSONL spans or a Markdown report."
      >
        <div className="data-actions">
          <ExportButton total={counts.data?.articles ?? 0} />
        </div>
      </DataSection>

      <DataSection
        id="backup-title"
        title="Backup"
        about="One file with every article, analysis, annotation, tag, label and correction. Restoring into a used workbench adds only what is not already there."
      >
        <div className="data-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => {
              startFresh();
              backup.mutate();
            }}
          >
            Download backup
          </button>
          <FilePickButton
            {...PICKERS.backup}
            disabled={busy}
            onFile={(file) => {
              startFresh();
              restore.mutate(file);
            }}
          />
        </div>
        <Outcome success={restore.data} error={restore.error ?? backup.error} />
      </DataSection>

      <DataSection
        id="import-title"
        title="Import annotations"
        about="W3C Web Annotations (JSON-LD) from this app or another tool, placed on the matching articles by URL, text hash or quote. Annotations already here are skipped."
      >
        <div className="data-actions">
          <FilePickButton
            {...PICKERS.annotations}
            disabled={busy}
            onFile={(file) => {
              startFresh();
              importAnnotations.mutate(file);
            }}
          />
        </div>
        <Outcome success={importAnnotations.data} error={importAnnotations.error} />
      </DataSection>

      <DataSection
        id="clear-title"
        title="Clear workbench"
        about="Deletes everything stored in this browser. Download a backup first."
      >
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={() => setConfirmClear(true)}
        >
          Clear workbench…
        </button>
        <Outcome success={clear.isSuccess ? 'The workbench is empty.' : undefined} error={clear.error} />
      </DataSection>

      <Dialog open={confirmClear} title="Clear the workbench?" onClose={() => setConfirmClear(false)}>
        <p>
          This deletes {counts.data ? describeCounts(counts.data) : 'everything'} from this browser. It cannot
          be undone, except by restoring a backup.
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => setConfirmClear(false)}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              setConfirmClear(false);
              startFresh();
              clear.mutate();
            }}
          >
            Clear everything
          </button>
        </div>
      </Dialog>
    </main>
  );
}

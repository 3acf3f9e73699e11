import { useState } from 'react';
import { Dialog } from '../../../ui/dialog';
import type { ExportFormat } from '../../../workers/commands';
import { useExportArticles } from '../api/export-articles';
import { ExportProgress } from './export-progress';
import '../export.css';

const FORMATS: readonly { value: ExportFormat; label: string; hint: string }[] = [
  {
    value: 'jsonld',
    label: 'W3C Web Annotations (.jsonld)',
    hint: 'for Hypothesis and other annotation tools',
  },
  { value: 'csv', label: 'CSV spreadsheet (.csv)', hint: 'one row per annotation, opens in Excel' },
  {
    value: 'jsonl',
    label: 'JSONL spans (.jsonl)',
    hint: 'one line per article, entity and annotation spans',
  },
  { value: 'md', label: 'Markdown report (.md)', hint: 'claims and annotations, readable' },
  { value: 'brat', label: 'brat standoff (.ann + .txt)', hint: 'one article only' },
];

/** Which articles an export covers: the whole library, or given ids (the selection, or one article). */
export type ExportScope = Readonly<{ total: number; selected: readonly string[] | null; single: boolean }>;

/**
 * The export dialog: which articles (all or the selected ones, optionally only those with annotations), which
 * format, and Download. The export runs in the background with its progress shown; closing the dialog does
 * not stop it. Once the download has started the dialog closes (the focus goes back to the button that
 * opened it); a failed export keeps it open with the reason.
 */
export function ExportDialog({
  open,
  onClose,
  scope,
}: {
  open: boolean;
  onClose: () => void;
  scope: ExportScope;
}) {
  const run = useExportArticles();
  const [format, setFormat] = useState<ExportFormat>('jsonld');
  const [which, setWhich] = useState<'all' | 'selected'>('selected');
  const [annotatedOnly, setAnnotatedOnly] = useState(false);
  const hasSelection = scope.selected !== null && scope.selected.length > 0;
  const ids = hasSelection && (scope.single || which === 'selected') ? scope.selected : null;
  const count = ids ? ids.length : scope.total;
  const bratOk = count === 1;
  const chosen = format === 'brat' && !bratOk ? 'jsonld' : format;

  return (
    <Dialog open={open} title={scope.single ? 'Export this article' : 'Export annotations'} onClose={onClose}>
      <form
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault();
          run.mutate({ format: chosen, ids, annotatedOnly }, { onSuccess: onClose });
        }}
      >
        {hasSelection && !scope.single && (
          <fieldset>
            <legend>Articles</legend>
            <label>
              <input type="radio" name="which" checked={which === 'all'} onChange={() => setWhich('all')} />
              All articles ({scope.total})
            </label>
            <label>
              <input
                type="radio"
                name="which"
                checked={which === 'selected'}
                onChange={() => setWhich('selected')}
              />
              Selected articles ({scope.selected?.length})
            </label>
          </fieldset>
        )}
        {!scope.single && (
          <label>
            <input
              type="checkbox"
              checked={annotatedOnly}
              onChange={(e) => setAnnotatedOnly(e.target.checked)}
            />
            Only articles with annotations
          </label>
        )}
        <fieldset>
          <legend>Format</legend>
          {FORMATS.map((f) => (
            <label key={f.value} className={f.value === 'brat' && !bratOk ? 'muted' : undefined}>
              <input
                type="radio"
                name="format"
                value={f.value}
                checked={chosen === f.value}
                disabled={f.value === 'brat' && !bratOk}
                onChange={() => setFormat(f.value)}
              />
              {f.label} <span className="muted">— {f.hint}</span>
            </label>
          ))}
        </fieldset>
        <ExportProgress />
        {run.isError && <p role="alert">Export failed: {run.error.message}</p>}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button type="submit" className="button button-primary" disabled={run.isPending || count === 0}>
            {run.isPending ? 'Exporting…' : 'Download'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

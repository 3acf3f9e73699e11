import type { Article, Comparison } from '../../../core/model';
import { useExportComparison } from '../api/export-comparison';

/** Downloads the comparison as Markdown: shared, unique and discrepant facts side by side. */
export function ExportComparisonButton(props: { a: Article; b: Article; comparison: Comparison }) {
  const run = useExportComparison();
  return (
    <div className="export-comparison">
      <button type="button" className="button" disabled={run.isPending} onClick={() => run.mutate(props)}>
        {run.isPending ? 'Exporting…' : 'Export comparison (.md)'}
      </button>
      {run.isError && <p role="alert">Export failed: {run.error.message}</p>}
    </div>
  );
}

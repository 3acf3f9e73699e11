import { useState } from 'react';
import { ExportDialog, type ExportScope } from './export-dialog';

/**
 * "Export…" opening the export dialog. In the library it offers all articles or the selected ones; in the
 * reader (`articleId` given) it exports that one article.
 */
export function ExportButton({
  total = 0,
  selected = null,
  articleId,
}: {
  total?: number;
  selected?: readonly string[] | null;
  articleId?: string;
}) {
  const [open, setOpen] = useState(false);
  const scope: ExportScope = articleId
    ? { total: 1, selected: [articleId], single: true }
    : { total, selected, single: false };
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Export…
      </button>
      <ExportDialog open={open} onClose={() => setOpen(false)} scope={scope} />
    </>
  );
}

import { useState } from 'react';
import type { OutletSummary } from '../../../core/outlets';
import { describeWriteError } from '../../../lib/storage/storage-full';
import { Dialog } from '../../../ui/dialog';
import { RecordSelect } from '../../../ui/record-select';
import { useChangeOutlet, type OutletChangeRequest } from '../api/change-outlet';
import { counted } from '../../../lib/counted';

type Props = Readonly<{
  outlet: OutletSummary;
  /** The other outlets, merge targets. */
  others: readonly OutletSummary[];
  mode: 'rename' | 'merge';
  onClose: () => void;
}>;

/**
 * Asks for a new name, or for the outlet to merge into, and applies it when confirmed; the toast that says
 * it was done offers Undo.
 */
export function OutletChangeDialog({ outlet, others, mode, onClose }: Props) {
  const change = useChangeOutlet();
  const [name, setName] = useState(outlet.name);
  const [into, setInto] = useState('');
  const target = others.find((o) => o.key === into);
  const ready = mode === 'rename' ? name.trim() !== '' && name.trim() !== outlet.name : target !== undefined;
  const title = mode === 'rename' ? `Rename ${outlet.name}` : `Merge ${outlet.name} into another outlet`;
  return (
    <Dialog open title={title} onClose={onClose}>
      <form
        className="details-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!ready) return;
          const request: OutletChangeRequest =
            mode === 'rename'
              ? { kind: 'rename', key: outlet.key, name, label: `Renamed ${outlet.name} to ${name.trim()}.` }
              : {
                  kind: 'merge',
                  key: outlet.key,
                  into,
                  intoName: target!.name,
                  label: `Merged ${outlet.name} into ${target!.name}.`,
                };
          change.mutate(request, { onSuccess: onClose });
        }}
      >
        {mode === 'rename' ? (
          <label>
            New name
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} autoFocus />
          </label>
        ) : (
          <>
            <RecordSelect
              label="Merge into"
              empty="Choose an outlet…"
              value={into}
              items={others.map((o) => ({ id: o.key, name: o.name }))}
              onChange={setInto}
              autoFocus
            />
            <p>
              Its {counted(outlet.articleIds.length, 'article')} will show as{' '}
              {target ? target.name : 'that outlet'}, here and in the library; their files keep the source
              they name.
            </p>
          </>
        )}
        {change.isError && (
          <p role="alert">{describeWriteError(change.error, 'Could not change the outlet')}</p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={!ready || change.isPending}>
            {mode === 'rename' ? 'Rename' : 'Merge'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

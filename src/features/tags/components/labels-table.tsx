import type { Label } from '../../../core/model';
import { toCssColor } from '../../../core/model';
import { counted } from '../../../lib/counted';
import { useChangeLabel } from '../api/change-label';
import { RecordRow, RecordTable } from './record-row';

const SWATCH = { display: 'inline-block', width: '1.2em', height: '1.2em', borderRadius: 3 } as const;

// Built-in labels keep their name and colour (exports and other tools know them by those): shown, not edited.
function LabelRow({
  label,
  annotations,
  others,
}: {
  label: Label;
  annotations: number;
  others: readonly Label[];
}) {
  const uses = counted(annotations, 'annotation');
  // A hook per row: each row shows its own change's failure.
  const change = useChangeLabel();
  if (label.builtIn)
    return (
      <tr>
        <td>
          {label.name} <span className="muted">(built in)</span>
        </td>
        <td>
          <span style={{ ...SWATCH, background: toCssColor(label.color) }} aria-hidden="true" />
        </td>
        <td>{uses}</td>
        <td />
        <td />
      </tr>
    );
  return <RecordRow kind="label" record={label} uses={uses} others={others} change={change} />;
}

/** The annotation labels with their use counts: the analyst's own renamed, recoloured, merged or deleted. */
export function LabelsTable({
  labels,
}: {
  labels: readonly Readonly<{ label: Label; annotations: number }>[];
}) {
  return (
    <RecordTable label="Labels">
      {labels.map(({ label, annotations }) => (
        <LabelRow
          key={`${label.id}:${label.name}`}
          label={label}
          annotations={annotations}
          others={labels.map((l) => l.label).filter((l) => l.id !== label.id)}
        />
      ))}
    </RecordTable>
  );
}

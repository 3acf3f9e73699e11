import type { Discrepancy, DiscrepancyKind } from '../../core/model';

const KIND_LABELS: Readonly<Record<DiscrepancyKind, string>> = {
  number: 'Number',
  date: 'Date',
  name: 'Name',
  attribution: 'Attribution',
  modality: 'Wording',
  hedge: 'Hedge',
};

/** A short human label for a discrepancy: its kind, severity and both sides' words ("—" where one is silent). */
export function describeDiscrepancy(d: Discrepancy): Readonly<{ label: string; a: string; b: string }> {
  return {
    label: `${KIND_LABELS[d.kind]} ${d.severity === 'conflict' ? 'conflict' : 'difference'}`,
    a: d.a ? `“${d.a.text}”` : '—',
    b: d.b ? `“${d.b.text}”` : '—',
  };
}

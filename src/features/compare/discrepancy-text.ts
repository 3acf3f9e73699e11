import type { Discrepancy, DiscrepancyKind } from '../../core/model';

const KIND_LABELS: Readonly<Record<DiscrepancyKind, string>> = {
  number: 'Number',
  date: 'Date',
  name: 'Name',
  attribution: 'Attribution',
  modality: 'Wording',
  hedge: 'Hedge',
};

// Both sides of an attribution change are often the same verb ("said" · "said"): what changed is the kind
// of source, which the message names ("Attribution changed: person ("said") vs anonymous ("said")").
const ATTRIBUTION_CHANGE = /^Attribution changed: (.+) vs (.+)$/;

/** A short human label for a discrepancy: its kind, severity and both sides' words ("—" where one is silent). */
export function describeDiscrepancy(d: Discrepancy): Readonly<{ label: string; a: string; b: string }> {
  const label = `${KIND_LABELS[d.kind]} ${d.severity === 'conflict' ? 'conflict' : 'difference'}`;
  const kinds = d.kind === 'attribution' ? ATTRIBUTION_CHANGE.exec(d.message) : null;
  if (kinds) return { label, a: kinds[1]!, b: kinds[2]! };
  return { label, a: d.a ? `“${d.a.text}”` : '—', b: d.b ? `“${d.b.text}”` : '—' };
}

/**
 * The row to move the focus to once the selected rows are deleted, so a keyboard user goes on from where they
 * were: the first row left after the last selected one, else the nearest one left before it; null when the
 * delete leaves no row. `rows` are in the order shown.
 */
export function rowAfterDelete(
  rows: readonly Readonly<{ id: string }>[],
  selected: ReadonlySet<string>,
): string | null {
  const last = rows.findLastIndex((r) => selected.has(r.id));
  const kept = (r: Readonly<{ id: string }>) => !selected.has(r.id);
  return rows.slice(last + 1).find(kept)?.id ?? rows.slice(0, Math.max(last, 0)).findLast(kept)?.id ?? null;
}

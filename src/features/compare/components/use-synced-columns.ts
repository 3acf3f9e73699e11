import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Gives the rendered rows with the same `data-row` in both columns the height of the taller, so rows line
 * up, and returns those heights by row index.
 */
function equalizeRows(a: HTMLElement, b: HTMLElement): Map<number, number> {
  const ra = [...a.querySelectorAll<HTMLElement>('[data-row]')];
  const twins = new Map([...b.querySelectorAll<HTMLElement>('[data-row]')].map((el) => [el.dataset.row, el]));
  for (const el of [...ra, ...twins.values()]) el.style.minHeight = '';
  // Read every height before writing any, so the browser lays out once.
  const heights = ra.map((el) => Math.max(el.offsetHeight, twins.get(el.dataset.row)?.offsetHeight ?? 0));
  const byRow = new Map<number, number>();
  ra.forEach((el, k) => {
    el.style.minHeight = `${heights[k]}px`;
    const other = twins.get(el.dataset.row);
    if (other) other.style.minHeight = `${heights[k]}px`;
    byRow.set(Number(el.dataset.row), heights[k]!);
  });
  return byRow;
}

/**
 * Keeps two columns of rows in step: the rendered rows get equal heights after every layout change
 * (`layoutKey`, or a column's width), reported to `onMeasured` so a virtualizer can place the rows. The page
 * scrolls both columns at once, so equal heights keep each row beside its aligned twin.
 */
export function useSyncedColumns(
  a: RefObject<HTMLElement | null>,
  b: RefObject<HTMLElement | null>,
  layoutKey: unknown,
  onMeasured: (heights: ReadonlyMap<number, number>) => void,
) {
  const report = useRef(onMeasured);
  useLayoutEffect(() => {
    report.current = onMeasured;
  });

  useLayoutEffect(() => {
    const [ea, eb] = [a.current, b.current];
    if (!ea || !eb) return;
    report.current(equalizeRows(ea, eb));
    let width = ea.clientWidth;
    const observer = new ResizeObserver(() => {
      if (ea.clientWidth === width) return;
      width = ea.clientWidth;
      report.current(equalizeRows(ea, eb));
    });
    observer.observe(ea);
    return () => observer.disconnect();
  }, [a, b, layoutKey]);
}

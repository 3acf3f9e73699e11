import { useEffect, useLayoutEffect, type RefObject } from 'react';

/** Gives the rows with the same `data-row` in both columns the height of the taller, so rows line up. */
function equalizeRows(a: HTMLElement, b: HTMLElement) {
  const ra = [...a.querySelectorAll<HTMLElement>('[data-row]')];
  const rb = [...b.querySelectorAll<HTMLElement>('[data-row]')];
  for (const el of [...ra, ...rb]) el.style.minHeight = '';
  // Read every height before writing any, so the browser lays out once.
  const heights = ra.map((el, k) => Math.max(el.offsetHeight, rb[k]?.offsetHeight ?? 0));
  ra.forEach((el, k) => {
    el.style.minHeight = `${heights[k]}px`;
    const other = rb[k];
    if (other) other.style.minHeight = `${heights[k]}px`;
  });
}

/**
 * Keeps two scrolling columns in step: aligned rows get equal heights (again whenever a column resizes), and
 * scrolling either column scrolls the other to the same place, hence to the aligned row.
 */
export function useSyncedColumns(
  a: RefObject<HTMLElement | null>,
  b: RefObject<HTMLElement | null>,
  layoutKey: unknown,
) {
  useLayoutEffect(() => {
    const [ea, eb] = [a.current, b.current];
    if (!ea || !eb) return;
    equalizeRows(ea, eb);
    let width = ea.clientWidth;
    const observer = new ResizeObserver(() => {
      if (ea.clientWidth === width) return;
      width = ea.clientWidth;
      equalizeRows(ea, eb);
    });
    observer.observe(ea);
    return () => observer.disconnect();
  }, [a, b, layoutKey]);

  useEffect(() => {
    const [ea, eb] = [a.current, b.current];
    if (!ea || !eb) return;
    // The follower's own scroll event then finds both equal and stops: no ping-pong.
    const follow = (from: HTMLElement, to: HTMLElement) => () => {
      if (Math.abs(to.scrollTop - from.scrollTop) >= 1) to.scrollTop = from.scrollTop;
    };
    const onA = follow(ea, eb);
    const onB = follow(eb, ea);
    ea.addEventListener('scroll', onA, { passive: true });
    eb.addEventListener('scroll', onB, { passive: true });
    return () => {
      ea.removeEventListener('scroll', onA);
      eb.removeEventListener('scroll', onB);
    };
  }, [a, b]);
}

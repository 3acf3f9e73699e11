import { useLayoutEffect, useState, type RefObject } from 'react';

type Position = Readonly<{ top: number; left: number }>;

/**
 * `position` moved up and left as far as needed for the fixed element in `ref` to fit the window: a menu
 * opened at a selection near the bottom or right edge would otherwise sit partly off-screen, where a fixed
 * element cannot be scrolled to.
 */
export function useInViewport(ref: RefObject<HTMLElement | null>, position: Position): Position {
  const [fitted, setFitted] = useState(position);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const top = Math.max(8, Math.min(position.top, window.innerHeight - height - 8));
    const left = Math.max(8, Math.min(position.left, window.innerWidth - width - 8));
    setFitted((prev) => (prev.top === top && prev.left === left ? prev : { top, left }));
  }, [ref, position.top, position.left]);
  return fitted;
}

import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';
import { useOffsetTop } from './use-offset-top';

type RowOptions = Omit<Parameters<typeof useWindowVirtualizer>[0], 'scrollMargin'>;

/**
 * A window-scrolled virtualizer for rows placed below `ref`'s element, whose distance from the top of the page
 * is the virtualizer's scroll margin (returned too: a row sits at `item.start - scrollMargin` in the list).
 */
export function useWindowRows(ref: RefObject<HTMLElement | null>, options: RowOptions) {
  const scrollMargin = useOffsetTop(ref);
  const virtualizer = useWindowVirtualizer({ ...options, scrollMargin });
  return { virtualizer, scrollMargin };
}

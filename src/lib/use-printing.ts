import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed (or previewed for print). Virtualized lists render everything then:
 * a printout must hold the whole text, not the screenful that happened to be on screen. The state changes
 * synchronously in `beforeprint`, because the browser lays out the printout right after that event returns.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia?.('print').matches ?? false);
  useEffect(() => {
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const before = () => set(true);
    const after = () => set(false);
    const media = window.matchMedia?.('print');
    const onMedia = (e: MediaQueryListEvent) => set(e.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener('change', onMedia);
    };
  }, []);
  return printing;
}

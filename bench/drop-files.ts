import type { Page } from '@playwright/test';

declare global {
  interface Window {
    /** See `dropAndWait` below; present once `installDropAndWait` ran. */
    dropAndWait: (files: readonly File[]) => Promise<number>;
  }
}

/**
 * Drops `files` on the app as a user drags them in, and resolves with the milliseconds from the drop until the
 * import's progress bar shows every one processed. It runs in the page (see `installDropAndWait`), so it may
 * use nothing but its argument and the page's globals.
 */
async function dropAndWait(files: readonly File[]): Promise<number> {
  const dt = new DataTransfer();
  for (const file of files) dt.items.add(file);
  const t0 = performance.now();
  for (const type of ['dragenter', 'dragover', 'drop'])
    document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  await new Promise<void>((resolve) => {
    // Told by the DOM when the bar changes rather than polling it: a poll every few milliseconds took the
    // page's thread from the import it measures.
    const finishIfDone = () => {
      const p = document.querySelector<HTMLProgressElement>('progress[aria-label="Files processed"]');
      if (!p || p.max !== files.length || p.value !== files.length) return;
      observer.disconnect();
      resolve();
    };
    const observer = new MutationObserver(finishIfDone);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    finishIfDone();
  });
  return performance.now() - t0;
}

/** Gives the page `window.dropAndWait`, for benchmark code that builds its files inside `page.evaluate`. */
export async function installDropAndWait(page: Page) {
  await page.addScriptTag({ content: `window.dropAndWait = ${dropAndWait.toString()};` });
}

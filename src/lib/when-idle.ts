/**
 * Runs `task` once the page is idle (at the latest after `timeoutMs`; a second where the browser has no idle
 * callbacks). Returns a cancel function, so an effect can return it.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 1000);
  return () => clearTimeout(timer);
}

/** True when a key press is meant for a form field, so single-letter shortcuts must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function firstTextNode(root: Node): Text | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('[data-no-offset]') || !n.textContent?.trim()
        ? NodeFilter.FILTER_SKIP
        : NodeFilter.FILTER_ACCEPT,
  });
  return walker.nextNode() as Text | null;
}

/**
 * Caret browsing inside read-only text: arrows move a caret, shift+arrows extend the selection, ctrl (or
 * alt on a Mac) works by word. Browsers do this only in editable text or with caret browsing switched on,
 * so the reader does it itself. Returns true when it handled the key.
 */
export function moveSelection(root: HTMLElement, e: KeyboardEvent): boolean {
  const keys: Record<string, ['forward' | 'backward', 'character' | 'line']> = {
    ArrowRight: ['forward', 'character'],
    ArrowLeft: ['backward', 'character'],
    ArrowDown: ['forward', 'line'],
    ArrowUp: ['backward', 'line'],
  };
  const key = keys[e.key];
  if (!key) return false;
  const selection = window.getSelection();
  if (!selection) return false;
  const inside = selection.rangeCount > 0 && root.contains(selection.anchorNode);
  if (!inside) {
    const first = firstTextNode(root);
    if (!first) return false;
    selection.collapse(first, 0);
    if (!e.shiftKey) return true;
  }
  const [direction, unit] = key;
  const granularity = (e.ctrlKey || e.altKey) && unit === 'character' ? 'word' : unit;
  selection.modify(e.shiftKey ? 'extend' : 'move', direction, granularity);
  return true;
}
